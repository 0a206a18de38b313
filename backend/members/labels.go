package members

import (
	"context"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Label is how a member is shown in lists of other features: the nickname
// and the main identity's id.
type Label struct {
	Nickname   string
	PlatformID string
	NickSort   string // sorts the nicknames as Chinese readers expect
	Trashed    bool   // in the trash
}

// LabelsByID returns the labels of the members with the ids, in the trash
// or not; an id with no member is left out.
func LabelsByID(ctx context.Context, q store.Queryer, ids []int64) (map[int64]Label, error) {
	out := make(map[int64]Label, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	b, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT id, nickname, platform_id, nick_sort, deleted_at IS NOT NULL FROM members
		WHERE id IN (SELECT value FROM json_each(?))`, string(b))
	if err != nil {
		return nil, errs.Wrap(err, "read member labels")
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var l Label
		if err := rows.Scan(&id, &l.Nickname, &l.PlatformID, &l.NickSort, &l.Trashed); err != nil {
			return nil, errs.Wrap(err, "read member labels")
		}
		out[id] = l
	}
	return out, errs.Wrap(rows.Err(), "read member labels")
}
