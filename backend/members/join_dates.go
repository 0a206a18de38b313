package members

import (
	"context"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// InGroup is a member in a group.
type InGroup struct{ MemberID, GroupID int64 }

// JoinDates returns the join date (YYYY-MM-DD) of each of the pairs that
// has a membership with one recorded; the others are left out.
func JoinDates(ctx context.Context, q store.Queryer, pairs []InGroup) (map[InGroup]string, error) {
	out := make(map[InGroup]string, len(pairs))
	if len(pairs) == 0 {
		return out, nil
	}
	keys := make([][2]int64, len(pairs))
	for i, p := range pairs {
		keys[i] = [2]int64{p.MemberID, p.GroupID}
	}
	b, _ := json.Marshal(keys)
	rows, err := q.QueryContext(ctx, `SELECT ms.member_id, ms.group_id, ms.joined_at
		FROM json_each(?) j JOIN memberships ms ON ms.group_id = j.value ->> 1 AND ms.member_id = j.value ->> 0
		WHERE ms.joined_at IS NOT NULL`, string(b))
	if err != nil {
		return nil, errs.Wrap(err, "read join dates")
	}
	defer rows.Close()
	for rows.Next() {
		var p InGroup
		var day string
		if err := rows.Scan(&p.MemberID, &p.GroupID, &day); err != nil {
			return nil, errs.Wrap(err, "read join dates")
		}
		out[p] = day
	}
	return out, errs.Wrap(rows.Err(), "read join dates")
}
