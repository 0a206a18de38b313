package members

import (
	"context"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// KOCScoredAt is, for every member the tier engine flags as a KOC, when
// that scoring ran (a UTC stamp).
func KOCScoredAt(ctx context.Context, q store.Queryer) (map[int64]string, error) {
	return scoredAt(ctx, q, `SELECT member_id, computed_at FROM member_tiers WHERE koc = 1`)
}

// ScoredAt is, for each of the members the tier engine scored, when that
// scoring ran (a UTC stamp); the others are left out.
func ScoredAt(ctx context.Context, q store.Queryer, ids []int64) (map[int64]string, error) {
	if len(ids) == 0 {
		return map[int64]string{}, nil
	}
	b, _ := json.Marshal(ids)
	return scoredAt(ctx, q, `SELECT member_id, computed_at FROM member_tiers
		WHERE member_id IN (SELECT value FROM json_each(?))`, string(b))
}

func scoredAt(ctx context.Context, q store.Queryer, query string, args ...any) (map[int64]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, errs.Wrap(err, "read scorings")
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var id int64
		var at string
		if err := rows.Scan(&id, &at); err != nil {
			return nil, errs.Wrap(err, "read scorings")
		}
		out[id] = at
	}
	return out, errs.Wrap(rows.Err(), "read scorings")
}
