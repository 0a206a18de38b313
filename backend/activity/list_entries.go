package activity

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// FirstEntries is, for every member who ever entered the list ("koc" or
// "slipping"), the first day they did (YYYY-MM-DD), as the list's history
// records it.
func FirstEntries(ctx context.Context, q store.Queryer, list string) (map[int64]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT member_id, min(day) FROM list_changes
		WHERE list = ? AND change = 'in' GROUP BY member_id`, list)
	if err != nil {
		return nil, errs.Wrap(err, "read list entries")
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var member int64
		var day string
		if err := rows.Scan(&member, &day); err != nil {
			return nil, errs.Wrap(err, "read list entries")
		}
		out[member] = day
	}
	return out, errs.Wrap(rows.Err(), "read list entries")
}
