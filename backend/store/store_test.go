package store_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

func TestPragmasOnEveryConnection(t *testing.T) {
	db := storetest.Open(t)
	checks := []struct{ pragma, want string }{
		{"journal_mode", "wal"}, {"foreign_keys", "1"}, {"synchronous", "1"}, {"busy_timeout", "10000"},
	}
	pools := map[string]*sql.DB{"read": db.Read(), "write": db.Write()}
	for _, c := range checks {
		for name, pool := range pools {
			if got := scalar(t, pool, "PRAGMA "+c.pragma); got != c.want {
				t.Errorf("%s pool: PRAGMA %s = %q, want %q", name, c.pragma, got, c.want)
			}
		}
	}
	if got := scalar(t, db.Read(), "PRAGMA query_only"); got != "1" {
		t.Errorf("read pool query_only = %q, want 1", got)
	}
	if _, err := db.Read().Exec(`INSERT INTO settings(key, value) VALUES ('x', 'y')`); err == nil {
		t.Error("read pool accepted a write")
	}
	if n := db.Write().Stats().MaxOpenConnections; n != 1 {
		t.Errorf("writer MaxOpenConnections = %d, want 1", n)
	}
}

func TestMigrationsRecordedAndIdempotent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.db")
	ctx := context.Background()
	db := storetest.OpenAt(t, path)
	v, err := db.Version(ctx)
	if err != nil || v != store.LatestVersion() {
		t.Fatalf("version = %d, %v; want %d", v, err, store.LatestVersion())
	}
	if n := scalar(t, db.Read(), "SELECT count(*) FROM schema_migrations"); n != itoa(len(store.Migrations())) {
		t.Errorf("schema_migrations rows = %s, want %d", n, len(store.Migrations()))
	}
	if p, err := db.Pending(ctx); err != nil || len(p) != 0 {
		t.Errorf("pending after migrate = %v, %v", p, err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Errorf("second migrate: %v", err)
	}
}

func TestRefusesNewerDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.db")
	ctx := context.Background()
	db := storetest.OpenAt(t, path)
	future := store.LatestVersion() + 1
	if _, err := db.Write().Exec(`INSERT INTO schema_migrations(version, name) VALUES (?, 'future.sql')`, future); err != nil {
		t.Fatal(err)
	}
	_, err := db.Pending(ctx)
	e := errs.As(err)
	if e.Code != errs.Conflict || e.Key != "err.db.newer" || e.Params["DBVersion"] != future {
		t.Fatalf("Pending on newer db = %v, want conflict err.db.newer with DBVersion %d", err, future)
	}
	if err := db.Migrate(ctx); errs.As(err).Key != "err.db.newer" {
		t.Fatalf("Migrate on newer db = %v", err)
	}
}

func TestSecondOpenIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.db")
	storetest.OpenAt(t, path)
	_, err := store.Open(context.Background(), path)
	if e := errs.As(err); e.Code != errs.Conflict || e.Key != "err.db.locked" {
		t.Fatalf("second Open = %v, want err.db.locked", err)
	}
}

func TestLockReleasedOnClose(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.db")
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	db2, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen after close: %v", err)
	}
	db2.Close()
}

func TestTxRollsBackOnError(t *testing.T) {
	db := storetest.Open(t)
	ctx := context.Background()
	boom := errs.New(errs.Invalid, "err.invalid_input", nil)
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.Exec(`INSERT INTO settings(key, value) VALUES ('a', '1')`); err != nil {
			return err
		}
		return boom
	})
	if err != boom {
		t.Fatalf("Tx = %v, want the callback's error", err)
	}
	if n := scalar(t, db.Read(), "SELECT count(*) FROM settings WHERE key = 'a'"); n != "0" {
		t.Errorf("rows after rollback = %s, want 0", n)
	}
}
