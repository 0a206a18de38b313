package members

import (
	"context"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// KOC is a live member the tier engine flags as a KOC (one who starts
// topics and answers others), with a group they have joined.
type KOC struct {
	MemberID int64
	Nickname string
	Tier     string
	GroupID  int64 // 0: in no group
}

// KOCs lists up to limit KOCs, most frequent first, leaving out the
// members in except; with group set, only those who joined it.
func KOCs(ctx context.Context, q store.Queryer, group int64, except []int64, limit int) ([]KOC, error) {
	if except == nil {
		except = []int64{} // json null would make NOT IN leave out everyone
	}
	b, _ := json.Marshal(except)
	rows, err := q.QueryContext(ctx, `SELECT m.id, m.nickname, t.tier, COALESCE(ms.group_id, 0)
		FROM member_tiers t JOIN members m ON m.id = t.member_id
		LEFT JOIN memberships ms ON ms.member_id = m.id AND ms.status = 'joined' AND (?1 = 0 OR ms.group_id = ?1)
		WHERE t.koc = 1 AND m.deleted_at IS NULL AND (?1 = 0 OR ms.group_id IS NOT NULL)
			AND m.id NOT IN (SELECT value FROM json_each(?2))
		GROUP BY m.id ORDER BY t.frequency DESC, m.id LIMIT ?3`, group, string(b), limit)
	if err != nil {
		return nil, errs.Wrap(err, "query KOCs")
	}
	defer rows.Close()
	out := []KOC{}
	for rows.Next() {
		var k KOC
		if err := rows.Scan(&k.MemberID, &k.Nickname, &k.Tier, &k.GroupID); err != nil {
			return nil, errs.Wrap(err, "scan KOC")
		}
		out = append(out, k)
	}
	return out, errs.Wrap(rows.Err(), "read KOCs")
}
