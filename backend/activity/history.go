package activity

import (
	"context"
	"encoding/json"
	"time"

	"qunzhu/backend/chatlog"
	"qunzhu/backend/errs"
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
	rows, err := s.db.Read().QueryContext(ctx, `SELECT id, file_name, added, details, created_at FROM imports
		WHERE kind = 'activity' ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, errs.Wrap(err, "activity history")
	}
	defer rows.Close()
	out := []Record{}
	for rows.Next() {
		var r Record
		var details, created string
		if err := rows.Scan(&r.ID, &r.FileName, &r.Events, &details, &created); err != nil {
			return nil, errs.Wrap(err, "activity history")
		}
		var d struct {
			Format     string            `json:"format"`
			NewMembers int               `json:"newMembers"`
			Duplicates int               `json:"duplicates"`
			Skipped    int               `json:"skipped"`
			Problems   []chatlog.Problem `json:"problems"`
		}
		_ = json.Unmarshal([]byte(details), &d)
		r.Format, r.NewMembers, r.Duplicates, r.Skipped, r.Problems = d.Format, d.NewMembers, d.Duplicates, d.Skipped, d.Problems
		r.CreatedAt = store.ParseStampOrZero(created)
		out = append(out, r)
	}
	return out, errs.Wrap(rows.Err(), "activity history")
}
