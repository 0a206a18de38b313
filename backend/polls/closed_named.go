package polls

import (
	"context"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Closed is a closed poll of a group: when it closed (a UTC stamp).
type Closed struct {
	ID, GroupID int64
	ClosedAt    string
}

// ClosedNamedSince lists the named (not anonymous) polls of a group that
// closed at or after since (a UTC stamp).
func ClosedNamedSince(ctx context.Context, q store.Queryer, since string) ([]Closed, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, group_id, closed_at FROM polls
		WHERE status = 'closed' AND anonymous = 0 AND group_id IS NOT NULL AND closed_at >= ?`, since)
	if err != nil {
		return nil, errs.Wrap(err, "query closed polls")
	}
	defer rows.Close()
	var out []Closed
	for rows.Next() {
		var c Closed
		if err := rows.Scan(&c.ID, &c.GroupID, &c.ClosedAt); err != nil {
			return nil, errs.Wrap(err, "scan poll")
		}
		out = append(out, c)
	}
	return out, errs.Wrap(rows.Err(), "read closed polls")
}

// VotedInAll lists the members with a named ballot in every one of the
// polls.
func VotedInAll(ctx context.Context, q store.Queryer, ids []int64) ([]int64, error) {
	b, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT member_id FROM poll_votes
		WHERE poll_id IN (SELECT value FROM json_each(?)) AND member_id IS NOT NULL AND source != 'tally'
		GROUP BY member_id HAVING count(DISTINCT poll_id) = ?`, string(b), len(ids))
	if err != nil {
		return nil, errs.Wrap(err, "query poll voters")
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var m int64
		if err := rows.Scan(&m); err != nil {
			return nil, errs.Wrap(err, "scan poll voter")
		}
		out = append(out, m)
	}
	return out, errs.Wrap(rows.Err(), "read poll voters")
}
