package summaries

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
)

// TierCount is how many members of a scope (a group, 0 for all live
// members) are in a tier.
type TierCount struct {
	Scope   int64
	Tier    string
	Members int
}

// storeTiers replaces the tier counts.
func storeTiers(ctx context.Context, tx *sql.Tx, counts []TierCount) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM dashboard_tiers`); err != nil {
		return errs.Wrap(err, "store dashboard tiers")
	}
	args := make([]any, 0, 3*len(counts))
	for _, c := range counts {
		args = append(args, c.Scope, c.Tier, c.Members)
	}
	return insertRows(ctx, tx, `INSERT INTO dashboard_tiers (scope, tier, members) VALUES `, "", 3, args)
}
