package planner

import (
	"context"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/keywords"
	"qunzhu/backend/store"
)

// LastViolations returns, for each of the keyword hits that violations
// were logged from, the last one logged.
func LastViolations(ctx context.Context, q store.Queryer, hits []keywords.HitKey) (map[keywords.HitKey]int64, error) {
	pairs := make([][2]int64, len(hits))
	for i, h := range hits {
		pairs[i] = [2]int64{h.EventID, h.WordID}
	}
	b, _ := json.Marshal(pairs)
	rows, err := q.QueryContext(ctx, `SELECT v.hit_event_id, v.hit_word_id, max(v.id) FROM planner_violations v
		JOIN (SELECT j.value ->> 0 AS event_id, j.value ->> 1 AS word_id FROM json_each(?) j) h
			ON v.hit_event_id = h.event_id AND v.hit_word_id = h.word_id
		GROUP BY v.hit_event_id, v.hit_word_id`, string(b))
	if err != nil {
		return nil, errs.Wrap(err, "read hit violations")
	}
	defer rows.Close()
	out := map[keywords.HitKey]int64{}
	for rows.Next() {
		var k keywords.HitKey
		var id int64
		if err := rows.Scan(&k.EventID, &k.WordID, &id); err != nil {
			return nil, errs.Wrap(err, "read hit violations")
		}
		out[k] = id
	}
	return out, errs.Wrap(rows.Err(), "read hit violations")
}
