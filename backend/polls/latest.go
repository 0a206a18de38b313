package polls

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Latest is a recent vote as a summary: its voters counted.
type Latest struct {
	ID        int64
	Question  string
	Status    string
	Voters    int
	CreatedAt string // RFC 3339
}

// LatestOf lists a group's (0: every group's) n latest votes, newest first.
func LatestOf(ctx context.Context, q store.Queryer, group int64, n int) ([]Latest, error) {
	rows, err := q.QueryContext(ctx, `SELECT p.id, p.question, p.status, p.created_at,
		(SELECT coalesce(sum(v.count), 0) FROM poll_votes v WHERE v.poll_id = p.id)
		FROM polls p WHERE ?1 = 0 OR p.group_id = ?1 ORDER BY p.created_at DESC, p.id DESC LIMIT ?2`, group, n)
	if err != nil {
		return nil, errs.Wrap(err, "latest polls")
	}
	defer rows.Close()
	out := []Latest{}
	for rows.Next() {
		var p Latest
		if err := rows.Scan(&p.ID, &p.Question, &p.Status, &p.CreatedAt, &p.Voters); err != nil {
			return nil, errs.Wrap(err, "latest polls")
		}
		out = append(out, p)
	}
	return out, errs.Wrap(rows.Err(), "latest polls")
}
