package groups

import (
	"context"
	"database/sql"
	"encoding/json"

	"qunzhu/backend/errs"
)

// rowsQueryer is a read pool or a transaction.
type rowsQueryer interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

// NamesByID returns the names of the groups with the ids, archived or not;
// an id with no group is left out.
func NamesByID(ctx context.Context, q rowsQueryer, ids []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	b, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT id, name FROM groups WHERE id IN (SELECT value FROM json_each(?))`, string(b))
	if err != nil {
		return nil, errs.Wrap(err, "read group names")
	}
	defer rows.Close()
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
