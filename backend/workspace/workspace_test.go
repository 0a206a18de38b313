package workspace_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"qunzhu/backend/backup"
	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
	"qunzhu/backend/workspace"
)

func open(t *testing.T, path string) *workspace.Workspace {
	t.Helper()
	ws, err := workspace.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	return ws
}

func TestFreshWorkspace(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "qunzhu.db")
	ws := open(t, path)
	defer ws.Close()
	if v, _ := ws.DB.Version(context.Background()); v != store.LatestVersion() {
		t.Errorf("version %d, want %d", v, store.LatestVersion())
	}
	if list, _ := ws.Backups.List(); len(list) != 0 {
		t.Errorf("a new database was backed up before migrating: %+v", list)
	}
	if _, err := os.Stat(ws.LogPath()); err != nil {
		t.Errorf("no log file: %v", err)
	}
}

// An older database (one migration behind) is backed up before migrating.
func TestBackupBeforeMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "qunzhu.db")
	ctx := context.Background()
	all := store.Migrations()
	prev := all[len(all)-2].Version // the numbers may have gaps while parallel branches merge
	old, err := store.Open(ctx, path) // as the previous version of the app left it
	if err != nil {
		t.Fatal(err)
	}
	if err := old.MigrateTo(ctx, prev); err != nil {
		t.Fatal(err)
	}
	old.Write().Exec(`INSERT INTO settings(key, value) VALUES ('theme', 'dark')`)
	old.Close()

	ws := open(t, path)
	defer ws.Close()
	list, _ := ws.Backups.List()
	if len(list) != 1 || list[0].Kind != backup.PreMigration {
		t.Fatalf("backups = %+v, want one premigrate backup", list)
	}
	v, err := store.Inspect(ctx, filepath.Join(ws.Backups.Dir(), list[0].Name))
	if err != nil || v != prev {
		t.Errorf("premigrate backup holds version %d (%v), want %d", v, err, prev)
	}
	if _, err := ws.Groups.Create(ctx, groups.Input{Name: "g", Platform: "qq", Purpose: "core", Capacity: 9}); err != nil {
		t.Errorf("migrated database unusable: %v", err)
	}
	if s, _ := ws.Settings.Get(ctx); s.Theme != "dark" {
		t.Errorf("migration lost a setting: %+v", s)
	}
}

func TestNewerDatabaseRefusedAndUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "qunzhu.db")
	ws := open(t, path)
	ws.DB.Write().Exec(`INSERT INTO schema_migrations(version, name) VALUES (9999, 'future.sql')`)
	ws.Close()
	_, err := workspace.Open(context.Background(), path)
	if errs.As(err).Key != "err.db.newer" {
		t.Fatalf("open newer db = %v, want err.db.newer", err)
	}
	log, _ := os.ReadFile(filepath.Join(filepath.Dir(path), "qunzhu.log"))
	if !strings.Contains(string(log), "err.db.newer") {
		t.Errorf("refusal not logged: %s", log)
	}
	ws2, err := store.Open(context.Background(), path) // lock released, data intact
	if err != nil {
		t.Fatal(err)
	}
	defer ws2.Close()
	if v, _ := ws2.Version(context.Background()); v != 9999 {
		t.Errorf("newer db changed: version %d", v)
	}
}

func TestDailyBackupUsesSetting(t *testing.T) {
	ws := open(t, filepath.Join(t.TempDir(), "qunzhu.db"))
	defer ws.Close()
	ctx := context.Background()
	if err := ws.DailyBackup(ctx); err != nil {
		t.Fatal(err)
	}
	if err := ws.DailyBackup(ctx); err != nil {
		t.Fatal(err)
	}
	list, _ := ws.Backups.List()
	if len(list) != 1 || list[0].Kind != backup.Daily {
		t.Errorf("backups = %+v, want one daily", list)
	}
}

func TestDefaultDBPath(t *testing.T) {
	t.Setenv("QUNZHU_DB", "/tmp/x/q.db")
	if p, _ := workspace.DefaultDBPath(); p != "/tmp/x/q.db" {
		t.Errorf("with QUNZHU_DB: %s", p)
	}
	t.Setenv("QUNZHU_DB", "")
	p, err := workspace.DefaultDBPath()
	if err != nil || !strings.HasSuffix(p, filepath.Join("Qunzhu", "qunzhu.db")) {
		t.Errorf("default path %q, %v", p, err)
	}
}

func TestRestoreForgetsSearch(t *testing.T) {
	ctx := context.Background()
	ws := open(t, filepath.Join(t.TempDir(), "qunzhu.db"))
	defer ws.Close()
	m, err := ws.Members.Create(ctx, members.Input{Nickname: "李四", Platform: "qq"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := ws.Backups.Create(ctx, backup.Manual)
	if err != nil {
		t.Fatal(err)
	}
	in := m.Input
	in.Nickname = "张三" // same member, new name: the index now says "zhangsan" for this id
	if _, err := ws.Members.Update(ctx, m.ID, in); err != nil {
		t.Fatal(err)
	}
	if n, _ := ws.Members.Count(ctx, members.Filter{Search: "zs"}); n != 1 {
		t.Fatalf("before restore: %d found", n)
	}
	if _, err := ws.Restore(ctx, b.Name); err != nil {
		t.Fatal(err)
	}
	if n, _ := ws.Members.Count(ctx, members.Filter{Search: "zs"}); n != 0 {
		t.Errorf("after restore, 'zs' still finds %d (the restored member is 李四)", n)
	}
	if n, _ := ws.Members.Count(ctx, members.Filter{Search: "lisi"}); n != 1 {
		t.Errorf("after restore, 'lisi' finds %d", n)
	}
}
