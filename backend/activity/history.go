package activity

import (
	"context"
	"encoding/json"
	"time"

	"qunzhu/backend/chatlog"
	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

// Record is one past activity import.
type Record struct {
	ID         int64
	FileName   string
	Format     string
	Events     int
	Duplicates int
	NewMembers int
	Skipped    int               // messages or lines that could not be read
	Problems   []chatlog.Problem // the first of them
	CreatedAt  time.Time
}

// History returns the newest activity imports first, at most limit.
func (s *Service) History(ctx context.Context, limit int) ([]Record, error) {
	logged, err := members.ImportLog(ctx, s.db.Read(), "activity", limit)
	if err != nil {
		return nil, errs.Wrap(err, "activity history")
	}
	out := make([]Record, 0, len(logged))
	for _, l := range logged {
		r := Record{ID: l.ID, FileName: l.FileName, Events: l.Added}
		var d struct {
			Format     string            `json:"format"`
			NewMembers int               `json:"newMembers"`
			Duplicates int               `json:"duplicates"`
			Skipped    int               `json:"skipped"`
			Problems   []chatlog.Problem `json:"problems"`
		}
		_ = json.Unmarshal([]byte(l.Details), &d)
		r.Format, r.NewMembers, r.Duplicates, r.Skipped, r.Problems = d.Format, d.NewMembers, d.Duplicates, d.Skipped, d.Problems
		r.CreatedAt = store.ParseStampOrZero(l.CreatedAt)
		out = append(out, r)
	}
	return out, nil
}
