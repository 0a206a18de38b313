// Package storetest opens real, migrated Qunzhu databases in a test's
// temporary folder, through the production store code.
package storetest

import (
	"context"
	"path/filepath"
	"testing"

	"qunzhu/backend/store"
)

// Open returns a migrated database at t.TempDir()/qunzhu.db, closed at cleanup.
func Open(t testing.TB) *store.DB {
	t.Helper()
	return OpenAt(t, filepath.Join(t.TempDir(), "qunzhu.db"))
}

// OpenAt opens and migrates the database at path, closed at cleanup.
func OpenAt(t testing.TB, path string) *store.DB {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatalf("migrate %s: %v", path, err)
	}
	return db
}
