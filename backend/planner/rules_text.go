package planner

import (
	"context"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// RulesText returns the saved rules of each of the groups, one a line in
// their order, for the groups that have any (the group form's text).
func RulesText(ctx context.Context, q store.Queryer, groupIDs []int64) (map[int64]string, error) {
	ids, _ := json.Marshal(groupIDs)
	rows, err := q.QueryContext(ctx, `SELECT group_id, group_concat(text, char(10) ORDER BY idx)
		FROM planner_rules WHERE group_id IN (SELECT value FROM json_each(?)) GROUP BY group_id`, string(ids))
	if err != nil {
		return nil, errs.Wrap(err, "read rules text")
	}
	defer rows.Close()
	out := make(map[int64]string, len(groupIDs))
	for rows.Next() {
		var id int64
		var text string
		if err := rows.Scan(&id, &text); err != nil {
			return nil, errs.Wrap(err, "scan rules text")
		}
		out[id] = text
	}
	return out, errs.Wrap(rows.Err(), "read rules text")
}
