package backup_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/backup"
	"qunzhu/backend/store"
)

// A kill during a backup leaves NAME.db.part: it is never listed, does
// not count as today's backup, and the next backup removes it.
func TestPartFileIsNeverABackup(t *testing.T) {
	db, m, g := setup(t)
	addGroup(t, g, "x")
	ctx := context.Background()
	day := time.Date(2026, 3, 4, 9, 0, 0, 0, time.Local)
	m.SetClock(func() time.Time { return day })
	base := strings.TrimSuffix(filepath.Base(db.Path()), filepath.Ext(db.Path()))
	if err := os.MkdirAll(m.Dir(), 0o755); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(m.Dir(), base+"-20260304-080000-daily.db.part")
	if err := os.WriteFile(stale, []byte("SQLite format 3\x00 truncated"), 0o644); err != nil {
		t.Fatal(err)
	}
	if list, err := m.List(); err != nil || len(list) != 0 {
		t.Fatalf("List with only a .part = %+v, %v", list, err)
	}
	if _, err := m.Restore(ctx, filepath.Base(stale)); err == nil {
		t.Error("a .part file was restorable by name")
	}
	made, err := m.EnsureDaily(ctx, 7)
	if err != nil || !made {
		t.Fatalf("EnsureDaily with a stale .part = %v, %v: the .part counted as today's backup", made, err)
	}
	if fileExists(stale) {
		t.Error("the stale .part outlived the next backup")
	}
	list, _ := m.List()
	if len(list) != 1 || list[0].Kind != backup.Daily {
		t.Fatalf("backups = %+v", list)
	}
	if _, err := store.Inspect(ctx, filepath.Join(m.Dir(), list[0].Name)); err != nil {
		t.Errorf("the new backup does not open: %v", err)
	}
	assertNoPart(t, m.Dir())
}

// Export writes through NAME.part too: a stale one is replaced, none is
// left after a good export.
func TestExportReplacesAStalePart(t *testing.T) {
	_, m, g := setup(t)
	addGroup(t, g, "x")
	dir := t.TempDir()
	out := filepath.Join(dir, "mine.db")
	os.WriteFile(out+".part", []byte("half"), 0o644)
	if n, err := m.Export(context.Background(), out); err != nil || n == 0 {
		t.Fatalf("Export = %d, %v", n, err)
	}
	if _, err := store.Inspect(context.Background(), out); err != nil {
		t.Errorf("exported file does not open: %v", err)
	}
	assertNoPart(t, dir)
}

func assertNoPart(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".part") {
			t.Errorf("%s left behind", e.Name())
		}
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
