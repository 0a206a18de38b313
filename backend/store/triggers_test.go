package store_test

import (
	"context"
	"database/sql"
	"errors"
	"testing"

	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

// The triggers on one table (or all) are gone while fn runs and back as
// they were after it, in the same transaction; a failing fn leaves the
// transaction to be rolled back with them.
func TestWithoutTriggers(t *testing.T) {
	db := storetest.Open(t)
	ctx := context.Background()
	count := func(q *sql.Tx, table string) (n int) {
		if err := q.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'trigger'
			AND (?1 = '' OR tbl_name = ?1)`, table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	var all, last int
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		all, last = count(tx, ""), count(tx, "dashboard_last")
		if last == 0 || all <= last {
			t.Fatalf("fixture: %d triggers, %d on dashboard_last", all, last)
		}
		if err := store.WithoutTriggers(ctx, tx, "dashboard_last", func() error {
			if n := count(tx, "dashboard_last"); n != 0 || count(tx, "") != all-last {
				t.Errorf("inside: %d on dashboard_last, %d in all", n, count(tx, ""))
			}
			return nil
		}); err != nil {
			return err
		}
		return store.WithoutTriggers(ctx, tx, "", func() error {
			if n := count(tx, ""); n != 0 {
				t.Errorf("inside, all dropped: %d left", n)
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err = db.Tx(ctx, func(tx *sql.Tx) error {
		return store.WithoutTriggers(ctx, tx, "", func() error { return boom })
	})
	if !errors.Is(err, boom) {
		t.Fatalf("failing fn: %v, want boom", err)
	}
	err = db.Tx(ctx, func(tx *sql.Tx) error {
		if got := count(tx, ""); got != all {
			t.Errorf("after: %d triggers, want %d", got, all)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
