package members

import (
	"context"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/store"
)

// groups sits below members (members checks platforms against it), so it
// cannot ask members for its member counts; members registers the count.
func init() {
	groups.CountMembersWith(JoinedByGroup)
}

// JoinedByGroup counts, for each of the groups, the live (not deleted)
// members who have joined it; groups nobody joined are left out.
func JoinedByGroup(ctx context.Context, q store.Queryer, groupIDs []int64) (map[int64]int, error) {
	ids, _ := json.Marshal(groupIDs)
	rows, err := q.QueryContext(ctx, `SELECT ms.group_id, count(*) FROM memberships ms JOIN members m ON m.id = ms.member_id
		WHERE ms.group_id IN (SELECT value FROM json_each(?)) AND ms.status = 'joined' AND m.deleted_at IS NULL
		GROUP BY ms.group_id`, string(ids))
	if err != nil {
		return nil, errs.Wrap(err, "count group members")
	}
	defer rows.Close()
	out := make(map[int64]int, len(groupIDs))
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, errs.Wrap(err, "count group members")
		}
		out[id] = n
	}
	return out, errs.Wrap(rows.Err(), "count group members")
}
