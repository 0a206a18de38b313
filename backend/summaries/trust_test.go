package summaries_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"qunzhu/backend/storetest"
)

// The rebuild makes the triggers on dashboard_last again from the
// migrations' text, never from the text stored in the file, even when the
// file changed while open (past the check at open).
func TestRebuildMakesTheMigrationsTriggers(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "q.db")
	db := storetest.OpenAt(t, path)
	want := triggerSQL(t, db.Read())
	storetest.Tamper(t, path, storetest.HarmfulTrigger)
	if err := db.Tx(ctx, func(tx *sql.Tx) error { return rebuild(ctx, tx) }); err != nil {
		t.Fatal(err)
	}
	if got := triggerSQL(t, db.Read()); got != want {
		t.Errorf("triggers after the rebuild:\n%s\nwant the migrations':\n%s", got, want)
	}
}

func triggerSQL(t *testing.T, q *sql.DB) string {
	t.Helper()
	var s string
	err := q.QueryRow(`SELECT group_concat(sql, char(10)) FROM (SELECT sql FROM sqlite_schema
		WHERE type = 'trigger' AND tbl_name = 'dashboard_last' ORDER BY name)`).Scan(&s)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
