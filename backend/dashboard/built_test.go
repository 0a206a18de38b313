package dashboard_test

import (
	"context"
	"testing"

	"qunzhu/backend/activity"
	"qunzhu/backend/dashboard"
	"qunzhu/backend/store"
	"qunzhu/backend/tiers"
)

// A database whose summaries were built before migration 0012 gets its
// days' sets on the first dashboard.
func TestSetsBuiltOnFirstUse(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir()+"/old.db")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.MigrateTo(ctx, 11); err != nil {
		t.Fatal(err)
	}
	for _, q := range seed { // 0011 marked its summaries built: the database had no events
		if _, err := db.Write().ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if n := setRows(t, db); n != 0 {
		t.Fatalf("%d sets before the first dashboard", n)
	}
	s := dashboard.NewService(db, func(context.Context) (tiers.Settings, error) { return tiers.DefaultSettings(), nil },
		activity.Log{})
	d, err := s.Get(ctx, dashboard.Request{GroupID: 1, From: date("2026-03-01"), To: date("2026-03-05")})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := numbersOf(d), (numbers{3, 2, 2, 1, 3, 4, 1, 2, 2, false}); got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if setRows(t, db) == 0 {
		t.Error("no sets after the first dashboard")
	}
}

// setRows counts the days' sets stored.
func setRows(t *testing.T, db *store.DB) int {
	t.Helper()
	var n int
	if err := db.Read().QueryRow(`SELECT count(*) FROM dashboard_daysets`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
