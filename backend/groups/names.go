package groups

import (
	"context"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Label is a group's name and its sort key.
type Label struct {
	Name, Key string
}

// Labels reads the names of the groups with these ids (those that exist).
func Labels(ctx context.Context, q store.Queryer, ids []int64) (map[int64]Label, error) {
	out := map[int64]Label{}
	if len(ids) == 0 {
		return out, nil
	}
	b, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT id, name, name_key FROM groups WHERE id IN (SELECT value FROM json_each(?))`,
		string(b))
	if err != nil {
		return nil, errs.Wrap(err, "group names")
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var l Label
		if err := rows.Scan(&id, &l.Name, &l.Key); err != nil {
			return nil, errs.Wrap(err, "group names")
		}
		out[id] = l
	}
	return out, errs.Wrap(rows.Err(), "group names")
}

// NamesByID returns the names of the groups with the ids, archived or not;
// an id with no group is left out.
func NamesByID(ctx context.Context, q store.Queryer, ids []int64) (map[int64]string, error) {
	labels, err := Labels(ctx, q, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[int64]string, len(labels))
	for id, l := range labels {
		out[id] = l.Name
	}
	return out, nil
}
