package members

import (
	"context"
	"database/sql"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// FirstJoin is how a member stands in their joined memberships: the
// earliest join date recorded (YYYY-MM-DD, "" when none is), and whether
// one of them has no date.
type FirstJoin struct {
	Day     string
	Undated bool
}

// FirstJoins returns, for each of the members with a membership of status
// joined (in group; 0: in any group), their FirstJoin; the others are left
// out.
func FirstJoins(ctx context.Context, q store.Queryer, group int64, ids []int64) (map[int64]FirstJoin, error) {
	out := make(map[int64]FirstJoin, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	b, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT ms.member_id, min(ms.joined_at), max(ms.joined_at IS NULL) FROM memberships ms
		WHERE ms.member_id IN (SELECT value FROM json_each(?1)) AND ms.status = 'joined' AND (?2 = 0 OR ms.group_id = ?2)
		GROUP BY ms.member_id`, string(b), group)
	if err != nil {
		return nil, errs.Wrap(err, "read first joins")
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var day sql.NullString
		var f FirstJoin
		if err := rows.Scan(&id, &day, &f.Undated); err != nil {
			return nil, errs.Wrap(err, "read first joins")
		}
		f.Day = day.String
		out[id] = f
	}
	return out, errs.Wrap(rows.Err(), "read first joins")
}

// LiveByIdentity is the member not in the trash holding the identity (0:
// none).
func LiveByIdentity(ctx context.Context, q store.Queryer, platform, platformID string) (int64, error) {
	var member int64
	err := q.QueryRowContext(ctx, `SELECT i.member_id FROM identities i JOIN members m ON m.id = i.member_id
		WHERE i.platform = ? AND i.platform_id = ? AND m.deleted_at IS NULL`, platform, platformID).Scan(&member)
	if err == sql.ErrNoRows {
		return 0, nil
	}
	return member, errs.Wrap(err, "find member by identity")
}
