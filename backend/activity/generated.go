package activity

import (
	"context"
	"database/sql"
	"strings"

	"qunzhu/backend/errs"
)

// Generated is an event made up for the demo workspace (package sample).
type Generated struct {
	MemberID int64
	GroupID  int64 // 0: none (a fan's comment under a video)
	At       int64 // unix seconds
	Kind     string
	Value    float64
	Text     string
	Chat     string
	Key      int64 // unique among the events
}

// InsertGenerated stores the events in one multi-row statement inside the
// caller's transaction. The caller keeps the batches small (a few hundred)
// and rebuilds the dashboard's summaries after the last.
func InsertGenerated(ctx context.Context, tx *sql.Tx, evs []Generated) error {
	if len(evs) == 0 {
		return nil
	}
	args := make([]any, 0, 8*len(evs))
	for _, e := range evs {
		var group any
		if e.GroupID != 0 {
			group = e.GroupID
		}
		args = append(args, e.MemberID, group, e.At, e.Kind, e.Value, e.Text, e.Chat, e.Key)
	}
	q := `INSERT INTO events (member_id, group_id, at, kind, value, text, chat, key) VALUES ` +
		strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?, ?, ?),", len(evs)), ",")
	_, err := tx.ExecContext(ctx, q, args...)
	return errs.Wrap(err, "insert sample events")
}
