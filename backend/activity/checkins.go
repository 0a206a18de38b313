package activity

import (
	"context"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// CheckinsSince counts each member's check-ins at or after since (members
// without any are left out).
func CheckinsSince(ctx context.Context, q store.Queryer, since time.Time) (map[int64]int, error) {
	rows, err := q.QueryContext(ctx, `SELECT member_id, count(*) FROM events
		WHERE kind = 'checkin' AND at >= ? GROUP BY member_id`, since.Unix())
	if err != nil {
		return nil, errs.Wrap(err, "count check-ins")
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, errs.Wrap(err, "count check-ins")
		}
		out[id] = n
	}
	return out, errs.Wrap(rows.Err(), "count check-ins")
}
