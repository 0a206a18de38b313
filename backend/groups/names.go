package groups

import (
	"context"
	"encoding/json"

	"qunzhu/backend/errs"
)

// Names returns the name of each of the groups that exist (archived or
// not); ids of no group are left out.
func Names(ctx context.Context, q Querier, ids []int64) (map[int64]string, error) {
	b, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT id, name FROM groups WHERE id IN (SELECT value FROM json_each(?))`, string(b))
	if err != nil {
		return nil, errs.Wrap(err, "read group names")
	}
	defer rows.Close()
	out := make(map[int64]string, len(ids))
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, errs.Wrap(err, "read group names")
		}
		out[id] = name
	}
	return out, errs.Wrap(rows.Err(), "read group names")
}
