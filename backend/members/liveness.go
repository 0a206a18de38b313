package members

import (
	"context"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// IsLive reports whether a member with the id exists and is not in the
// trash (q may be the caller's transaction).
func IsLive(ctx context.Context, q store.Queryer, id int64) (bool, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM members WHERE id = ? AND deleted_at IS NULL`, id).Scan(&n)
	return n > 0, errs.Wrap(err, "find member")
}

// TrashedIDs lists the ids of the members in the trash, in id order.
func TrashedIDs(ctx context.Context, q store.Queryer) ([]int64, error) {
	rows, err := q.QueryContext(ctx, `SELECT id FROM members WHERE deleted_at IS NOT NULL ORDER BY id`)
	if err != nil {
		return nil, errs.Wrap(err, "read trash")
	}
	defer rows.Close()
	out := []int64{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, errs.Wrap(err, "read trash")
		}
		out = append(out, id)
	}
	return out, errs.Wrap(rows.Err(), "read trash")
}

// Existing is the set of the ids that name a member, in the trash or not
// (q may be the caller's transaction).
func Existing(ctx context.Context, q store.Queryer, ids []int64) (map[int64]bool, error) {
	out := make(map[int64]bool, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	b, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT id FROM members WHERE id IN (SELECT value FROM json_each(?))`, string(b))
	if err != nil {
		return nil, errs.Wrap(err, "find members")
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, errs.Wrap(err, "find members")
		}
		out[id] = true
	}
	return out, errs.Wrap(rows.Err(), "find members")
}
