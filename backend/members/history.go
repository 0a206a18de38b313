package members

import (
	"context"
	"encoding/json"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// ImportRecord is one past import, for the import history.
type ImportRecord struct {
	ID        int64
	FileName  string // "" for pasted text
	FileHash  string
	Added     int
	Updated   int
	Skipped   int
	Problems  []Problem
	CreatedAt time.Time
}

// History returns the newest imports first, at most limit.
func (s *Service) History(ctx context.Context, limit int) ([]ImportRecord, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT id, file_name, file_hash, added, updated, skipped,
		problems, created_at FROM imports WHERE kind = 'members' ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, errs.Wrap(err, "import history")
	}
	defer rows.Close()
	out := []ImportRecord{}
	for rows.Next() {
		var r ImportRecord
		var problems, created string
		if err := rows.Scan(&r.ID, &r.FileName, &r.FileHash, &r.Added, &r.Updated, &r.Skipped, &problems, &created); err != nil {
			return nil, errs.Wrap(err, "import history")
		}
		r.Problems = []Problem{}
		_ = json.Unmarshal([]byte(problems), &r.Problems)
		r.CreatedAt = store.ParseStampOrZero(created)
		out = append(out, r)
	}
	return out, errs.Wrap(rows.Err(), "import history")
}
