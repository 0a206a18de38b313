package backup_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"qunzhu/backend/backup"
	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

func setup(t *testing.T) (*store.DB, *backup.Manager, *groups.Service) {
	db := storetest.Open(t)
	return db, backup.NewManager(db, filepath.Join(t.TempDir(), "backups")), groups.NewService(db)
}

func addGroup(t *testing.T, g *groups.Service, name string) {
	t.Helper()
	if _, err := g.Create(context.Background(), groups.Input{Name: name, Platform: "qq", Purpose: "core", Capacity: 200}); err != nil {
		t.Fatal(err)
	}
}

func names(t *testing.T, g *groups.Service) []string {
	gs, err := g.List(context.Background(), groups.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	out := []string{}
	for _, x := range gs {
		out = append(out, x.Name)
	}
	return out
}

func TestCreateListRestoreRoundTrip(t *testing.T) {
	_, m, g := setup(t)
	ctx := context.Background()
	addGroup(t, g, "a")
	b, err := m.Create(ctx, backup.Manual)
	if err != nil || b.Kind != backup.Manual || b.Size == 0 {
		t.Fatalf("Create = %+v, %v", b, err)
	}
	addGroup(t, g, "b")
	safety, err := m.Restore(ctx, b.Name)
	if err != nil || safety.Kind != backup.PreRestore {
		t.Fatalf("Restore = %+v, %v", safety, err)
	}
	if got := names(t, g); len(got) != 1 || got[0] != "a" {
		t.Fatalf("after restore groups = %v, want [a]", got)
	}
	// The safety backup undoes the restore.
	if _, err := m.Restore(ctx, safety.Name); err != nil {
		t.Fatal(err)
	}
	if got := names(t, g); len(got) != 2 {
		t.Fatalf("after undoing the restore groups = %v, want [a b]", got)
	}
	list, _ := m.List()
	if len(list) != 3 {
		t.Errorf("backups listed = %d, want 3 (manual + 2 prerestore)", len(list))
	}
}

func TestRestoreRejectsBadFiles(t *testing.T) {
	db, m, g := setup(t)
	ctx := context.Background()
	addGroup(t, g, "keep")
	junk := filepath.Join(t.TempDir(), "junk.db")
	os.WriteFile(junk, []byte("not a database at all, just text"), 0o644)
	newer := filepath.Join(t.TempDir(), "newer.db")
	other := storetest.OpenAt(t, newer)
	other.Write().Exec(`INSERT INTO schema_migrations(version, name) VALUES (999, 'future.sql')`)
	other.Close()
	cases := []struct {
		path string
		key  string
	}{
		{junk, "err.backup.corrupt"},
		{newer, "err.db.newer"},
		{filepath.Join(t.TempDir(), "missing.db"), "err.backup.not_found"},
	}
	for _, c := range cases {
		if _, err := m.RestoreFile(ctx, c.path); errs.As(err).Key != c.key {
			t.Errorf("RestoreFile(%s) = %v, want %s", filepath.Base(c.path), err, c.key)
		}
	}
	if _, err := m.Restore(ctx, "../etc/passwd"); errs.CodeOf(err) != errs.NotFound {
		t.Errorf("Restore(path traversal) = %v, want not_found", err)
	}
	if got := names(t, g); len(got) != 1 || got[0] != "keep" {
		t.Errorf("data changed by failed restores: %v", got)
	}
	if list, _ := m.List(); len(list) != 0 {
		t.Errorf("failed restores left %d backups", len(list))
	}
	_ = db
}

func TestDailyRotation(t *testing.T) {
	_, m, _ := setup(t)
	ctx := context.Background()
	day := time.Date(2026, 1, 1, 9, 0, 0, 0, time.Local)
	for i := range 10 {
		m.SetClock(func() time.Time { return day.AddDate(0, 0, i) })
		made, err := m.EnsureDaily(ctx, 7)
		if err != nil || !made {
			t.Fatalf("day %d: EnsureDaily = %v, %v", i, made, err)
		}
		if made, _ := m.EnsureDaily(ctx, 7); made {
			t.Fatalf("day %d: a second daily backup was made", i)
		}
	}
	m.SetClock(func() time.Time { return day.AddDate(0, 0, 11) })
	if _, err := m.Create(ctx, backup.Manual); err != nil {
		t.Fatal(err)
	}
	m.Prune(7)
	list, _ := m.List()
	daily := 0
	for _, b := range list {
		if b.Kind == backup.Daily {
			daily++
			if b.CreatedAt.Before(day.AddDate(0, 0, 3)) {
				t.Errorf("old daily backup kept: %s", b.Name)
			}
		}
	}
	if daily != 7 || len(list) != 8 {
		t.Errorf("kept %d daily of %d backups, want 7 daily + 1 manual", daily, len(list))
	}
}

func TestExport(t *testing.T) {
	_, m, g := setup(t)
	addGroup(t, g, "x")
	out := filepath.Join(t.TempDir(), "export.db")
	n, err := m.Export(context.Background(), out)
	if err != nil || n == 0 {
		t.Fatalf("Export = %d, %v", n, err)
	}
	if v, err := store.Inspect(context.Background(), out); err != nil || v != store.LatestVersion() {
		t.Errorf("exported file: version %d, %v", v, err)
	}
	if _, err := m.Export(context.Background(), out); errs.As(err).Key != "err.backup.exists" {
		t.Errorf("export over an existing file = %v, want err.backup.exists", err)
	}
}
