package backup_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"qunzhu/backend/backup"
	"qunzhu/backend/errs"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

// exported is a real backup of a database holding the group "theirs".
func exported(t *testing.T) string {
	t.Helper()
	_, m, g := setup(t)
	addGroup(t, g, "theirs")
	out := filepath.Join(t.TempDir(), "backup.db")
	if _, err := m.Export(context.Background(), out); err != nil {
		t.Fatal(err)
	}
	return out
}

// A backup whose schema is not exactly Qunzhu's is refused before anything
// changes: no safety backup, the data as it was, and nothing in the file
// runs.
func TestRestoreRefusesChangedBackups(t *testing.T) {
	cases := []struct {
		name   string
		key    string
		tamper func(p storetest.Payload) []string
	}{
		// SQLite (3.54) refuses to read a definition followed by more statements.
		{"a trigger runs more SQL", "err.backup.corrupt", func(p storetest.Payload) []string {
			return []string{storetest.AppendTo("dashboard_last_added", p.SQL)}
		}},
		{"a trigger does more", "err.backup.foreign", func(storetest.Payload) []string {
			return []string{storetest.HarmfulTrigger}
		}},
		{"a table added", "err.backup.foreign", func(storetest.Payload) []string { return []string{`CREATE TABLE extra (x)`} }},
		{"another program's file", "err.backup.foreign", func(storetest.Payload) []string {
			return []string{`PRAGMA application_id = 7`}
		}},
		{"no migrations on record", "err.backup.foreign", func(storetest.Payload) []string {
			return []string{`DROP TABLE schema_migrations`}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, m, g := setup(t)
			addGroup(t, g, "ours")
			path := exported(t)
			p := storetest.NewPayload(filepath.Dir(path))
			storetest.Tamper(t, path, c.tamper(p)...)
			if _, err := m.RestoreFile(context.Background(), path); errs.As(err).Key != c.key {
				t.Errorf("RestoreFile = %v, want %s", err, c.key)
			}
			if got := names(t, g); len(got) != 1 || got[0] != "ours" {
				t.Errorf("groups after the refused restore: %v, want [ours]", got)
			}
			if list, _ := m.List(); len(list) != 0 {
				t.Errorf("a refused restore left %d backups", len(list))
			}
			if _, err := os.Stat(p.Written); err == nil {
				t.Errorf("the backup's SQL ran: %s was written", p.Written)
			}
		})
	}
}

// Qunzhu's own backups restore: one made before Qunzhu set its application
// id (which the restored data then gets), and one in a folder whose name a
// URI would cut short.
func TestRestoreAcceptsQunzhuBackups(t *testing.T) {
	folder := "a?b#c%20d"
	if runtime.GOOS == "windows" {
		folder = "a#c%20d"
	}
	cases := []struct {
		name   string
		folder string
		tamper []string
	}{
		{"before the application id", "plain", []string{"PRAGMA application_id = 0"}},
		{"a folder with URI characters", folder, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db, m, g := setup(t)
			addGroup(t, g, "ours")
			path := filepath.Join(t.TempDir(), c.folder, "backup.db")
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Rename(exported(t), path); err != nil {
				t.Fatal(err)
			}
			if c.tamper != nil {
				storetest.Tamper(t, path, c.tamper...)
			}
			if _, err := m.RestoreFile(context.Background(), path); err != nil {
				t.Fatalf("RestoreFile = %v", err)
			}
			if got := names(t, g); len(got) != 1 || got[0] != "theirs" {
				t.Errorf("groups after the restore: %v, want [theirs]", got)
			}
			var id int64
			if err := db.Read().QueryRow("PRAGMA application_id").Scan(&id); err != nil || id != store.ApplicationID {
				t.Errorf("application_id after the restore = %d, %v; want %d", id, err, store.ApplicationID)
			}
		})
	}
}

// A restore that fails after the copy (here the file's data stops a later
// migration) puts the data back as it was.
func TestFailedRestorePutsTheDataBack(t *testing.T) {
	ctx := context.Background()
	_, m, g := setup(t)
	addGroup(t, g, "ours")
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := old.MigrateTo(ctx, 10); err != nil {
		t.Fatal(err)
	}
	// Migration 0011 adds this row itself: a second one breaks the key.
	if _, err := old.Write().Exec(`INSERT INTO settings (key, value) VALUES ('dashboard_built', '1')`); err != nil {
		t.Fatal(err)
	}
	old.Close()
	safety, err := m.RestoreFile(ctx, path)
	if errs.CodeOf(err) != errs.Internal {
		t.Fatalf("RestoreFile = %v, want the migration's internal error", err)
	}
	if got := names(t, g); len(got) != 1 || got[0] != "ours" {
		t.Errorf("groups after the failed restore: %v, want [ours]", got)
	}
	if safety.Kind != backup.PreRestore {
		t.Errorf("safety backup = %+v", safety)
	}
}
