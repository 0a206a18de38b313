package members

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
	"qunzhu/backend/summaries"
)

// TierCounts counts the stored tiers per scope: each group's joined
// members, and all live members (scope 0). Re-scoring stores them in the
// summaries, in the transaction that stores the tiers.
func TierCounts(ctx context.Context, q store.Queryer) ([]summaries.TierCount, error) {
	var out []summaries.TierCount
	for _, query := range []string{`SELECT m.group_id, t.tier, count(*) FROM memberships m
		JOIN member_tiers t ON t.member_id = m.member_id WHERE m.status = 'joined' GROUP BY m.group_id, t.tier`,
		`SELECT 0, t.tier, count(*) FROM member_tiers t JOIN members m ON m.id = t.member_id
		WHERE m.deleted_at IS NULL GROUP BY t.tier`} {
		rows, err := q.QueryContext(ctx, query)
		if err != nil {
			return nil, errs.Wrap(err, "count tiers")
		}
		err = store.EachRow(rows, "read members", func(rows *sql.Rows) error {
			var c summaries.TierCount
			err := rows.Scan(&c.Scope, &c.Tier, &c.Members)
			out = append(out, c)
			return err
		})
		if err != nil {
			return nil, errs.Wrap(err, "count tiers")
		}
	}
	return out, nil
}
