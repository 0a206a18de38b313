package store_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

// makeDB leaves a migrated Qunzhu database at dir/name, closed.
func makeDB(t *testing.T, dir, name string, version int) string {
	t.Helper()
	path := filepath.Join(dir, name)
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.MigrateTo(ctx, version); err != nil {
		t.Fatal(err)
	}
	return path
}

// A database whose schema is not exactly what the migrations make at its
// version, or that another program marked as its own, is refused at open,
// and nothing stored in it runs.
func TestOpenRefusesAChangedDatabase(t *testing.T) {
	latest := store.LatestVersion()
	// SQLite itself (3.54) refuses to load a definition followed by more
	// statements: such a file cannot be opened at all (err.db.open).
	cases := []struct {
		name   string
		key    string
		tamper func(p storetest.Payload) []string
	}{
		{"a trigger runs more SQL", "err.db.open", func(p storetest.Payload) []string {
			return []string{storetest.AppendTo("dashboard_last_added", p.SQL)}
		}},
		{"an index runs more SQL", "err.db.open", func(p storetest.Payload) []string {
			return []string{storetest.AppendTo("members_nick_sort", p.SQL)}
		}},
		{"a trigger does more", "err.db.foreign", func(storetest.Payload) []string { return []string{storetest.HarmfulTrigger} }},
		{"an index changed", "err.db.foreign", func(storetest.Payload) []string {
			return []string{storetest.AppendTo("members_nick_sort", " WHERE 0")}
		}},
		{"a view added", "err.db.foreign", func(storetest.Payload) []string { return []string{`CREATE VIEW extra AS SELECT 1`} }},
		{"a trigger added", "err.db.foreign", func(storetest.Payload) []string {
			return []string{`CREATE TRIGGER extra AFTER INSERT ON settings BEGIN SELECT 1; END`}
		}},
		{"an index dropped", "err.db.foreign", func(storetest.Payload) []string { return []string{`DROP INDEX members_follow`} }},
		{"a column added", "err.db.foreign", func(storetest.Payload) []string { return []string{`ALTER TABLE settings ADD COLUMN x TEXT`} }},
		{"a migration renamed", "err.db.foreign", func(storetest.Payload) []string {
			return []string{`UPDATE schema_migrations SET name = 'other.sql' WHERE version = 1`}
		}},
		{"a migration missing", "err.db.foreign", func(storetest.Payload) []string {
			return []string{`DELETE FROM schema_migrations WHERE version = 2`}
		}},
		{"another program's file", "err.db.foreign", func(storetest.Payload) []string { return []string{`PRAGMA application_id = 42`} }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := makeDB(t, dir, "qunzhu.db", latest)
			p := storetest.NewPayload(dir)
			storetest.Tamper(t, path, c.tamper(p)...)
			db, err := store.Open(context.Background(), path)
			if err == nil {
				db.Close()
			}
			if e := errs.As(err); e.Code != errs.Invalid || e.Key != c.key {
				t.Errorf("Open = %v, want invalid %s", err, c.key)
			}
			if _, err := os.Stat(p.Written); err == nil {
				t.Errorf("the file's SQL ran: %s was written", p.Written)
			}
		})
	}
}

// Qunzhu's own databases open: any version, with or without statistics,
// made before the application id (which is then set), or not a database yet.
func TestOpenAcceptsQunzhuDatabases(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name    string
		version int
		tamper  []string
	}{
		{"new", 0, nil},
		{"latest", store.LatestVersion(), nil},
		{"older", 9, nil},
		{"first", 1, nil},
		{"analyzed", store.LatestVersion(), []string{"ANALYZE"}},
		{"before the application id", store.LatestVersion(), []string{"PRAGMA application_id = 0"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := makeDB(t, t.TempDir(), "qunzhu.db", c.version)
			if c.tamper != nil {
				storetest.Tamper(t, path, c.tamper...)
			}
			db, err := store.Open(ctx, path)
			if err != nil {
				t.Fatalf("Open = %v", err)
			}
			defer db.Close()
			if got := scalar(t, db.Read(), "PRAGMA application_id"); got != itoa(store.ApplicationID) {
				t.Errorf("application_id = %s, want %d", got, store.ApplicationID)
			}
			if err := db.Migrate(ctx); err != nil {
				t.Errorf("Migrate = %v", err)
			}
		})
	}
}

// Triggers are dropped and made again from the migrations' text, never from
// the text stored in the file, even when the check at open was bypassed
// (the file changed while open).
func TestWithoutTriggersRunsNoSQLFromTheFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "qunzhu.db")
	db := storetest.OpenAt(t, path)
	want := triggerSQL(t, storetest.Open(t).Read())
	storetest.Tamper(t, path, storetest.HarmfulTrigger)
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		return store.WithoutTriggers(ctx, tx, "dashboard_last", func() error { return nil })
	})
	if err != nil {
		t.Fatalf("WithoutTriggers = %v", err)
	}
	if got := triggerSQL(t, db.Read()); got != want {
		t.Errorf("triggers after:\n%s\nwant the migrations':\n%s", got, want)
	}
}

func triggerSQL(t *testing.T, q *sql.DB) string {
	t.Helper()
	return scalar(t, q, `SELECT group_concat(name || ': ' || sql, char(10)) FROM
		(SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name)`)
}

// Every connection refuses ATTACH, DETACH and load_extension; VACUUM INTO
// (backups) still works.
func TestConnectionsRefuseAttach(t *testing.T) {
	db := storetest.Open(t)
	dir := t.TempDir()
	target := filepath.Join(dir, "attached.db")
	for name, pool := range map[string]*sql.DB{"read": db.Read(), "write": db.Write()} {
		for _, q := range []string{"ATTACH DATABASE '" + target + "' AS x", "DETACH DATABASE main",
			"SELECT load_extension('" + filepath.Join(dir, "x") + "')"} {
			if _, err := pool.Exec(q); err == nil {
				t.Errorf("%s pool ran %q", name, q)
			}
		}
	}
	if _, err := os.Stat(target); err == nil {
		t.Errorf("ATTACH wrote %s", target)
	}
	if err := db.VacuumInto(context.Background(), filepath.Join(dir, "backup.db")); err != nil {
		t.Errorf("VacuumInto = %v", err)
	}
	if got := scalar(t, db.Read(), "PRAGMA trusted_schema"); got != "0" {
		t.Errorf("trusted_schema = %s, want 0", got)
	}
}

// Paths with characters a URI treats specially open the file they name
// (Windows allows no '?' in a name).
func TestOpenPathWithURICharacters(t *testing.T) {
	name := "a?b#c%20d e"
	if runtime.GOOS == "windows" {
		name = "a#c%20d e"
	}
	dir := filepath.Join(t.TempDir(), name)
	path := filepath.Join(dir, "q.db")
	storetest.OpenAt(t, path)
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not at %s: %v", path, err)
	}
}
