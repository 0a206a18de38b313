package summaries_test

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/dashboard"
	"qunzhu/backend/store"
	"qunzhu/backend/summaries"
	"qunzhu/backend/tiers"
)

// rebuild counts the summaries again from every event.
func rebuild(ctx context.Context, tx *sql.Tx) error {
	return summaries.Record(ctx, tx, summaries.Rebuilt{Events: activity.Log{}})
}

// newDashboard reads the summaries as the dashboard does, with the default
// tier settings.
func newDashboard(db *store.DB) *dashboard.Service {
	return dashboard.NewService(db, func(context.Context) (tiers.Settings, error) { return tiers.DefaultSettings(), nil },
		activity.Log{})
}

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}
