package groups

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// IDs lists the id of every group, in id order.
func IDs(ctx context.Context, q store.Queryer) ([]int64, error) {
	rows, err := q.QueryContext(ctx, `SELECT id FROM groups ORDER BY id`)
	if err != nil {
		return nil, errs.Wrap(err, "group ids")
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, errs.Wrap(err, "group ids")
		}
		out = append(out, id)
	}
	return out, errs.Wrap(rows.Err(), "group ids")
}
