package members

import (
	"context"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// TiersByID returns the current tier of each of the members scored (the
// others are left out).
func TiersByID(ctx context.Context, q store.Queryer, ids []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	b, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT member_id, tier FROM member_tiers
		WHERE member_id IN (SELECT value FROM json_each(?))`, string(b))
	if err != nil {
		return nil, errs.Wrap(err, "read tiers")
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var tier string
		if err := rows.Scan(&id, &tier); err != nil {
			return nil, errs.Wrap(err, "read tiers")
		}
		out[id] = tier
	}
	return out, errs.Wrap(rows.Err(), "read tiers")
}
