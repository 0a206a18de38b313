package dashboard_test

import (
	"context"
	"database/sql"

	"qunzhu/backend/activity"
	"qunzhu/backend/members"
	"qunzhu/backend/summaries"
)

// rebuild counts the summaries from the events the fixture stored by SQL.
func rebuild(ctx context.Context, tx *sql.Tx) error {
	return summaries.Record(ctx, tx, summaries.Rebuilt{Events: activity.Log{}})
}

// storeTiers counts the fixture's tiers in the summaries, as re-scoring does.
func storeTiers(ctx context.Context, tx *sql.Tx) error {
	counts, err := members.TierCounts(ctx, tx)
	if err != nil {
		return err
	}
	return summaries.Record(ctx, tx, summaries.TiersStored{Counts: counts})
}
