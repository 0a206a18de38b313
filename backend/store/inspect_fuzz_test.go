package store_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

// Inspect reads any bytes without failing inside, changing the file, or
// passing anything but a Qunzhu database of a version it knows.
func FuzzInspect(f *testing.F) {
	db := storetest.Open(f)
	backup := filepath.Join(f.TempDir(), "backup.db")
	if err := db.VacuumInto(context.Background(), backup); err != nil {
		f.Fatal(err)
	}
	real, err := os.ReadFile(backup)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(real)
	f.Add(real[:4096])
	f.Add([]byte("SQLite format 3\x00"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "candidate.db")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		v, err := store.Inspect(context.Background(), path)
		if err == nil && (v < 1 || v > store.LatestVersion()) {
			t.Errorf("Inspect passed version %d", v)
		}
		if err != nil && errs.CodeOf(err) == errs.Internal {
			t.Errorf("Inspect failed inside: %v", err)
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(after, data) {
			t.Errorf("Inspect changed the file")
		}
		if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
			t.Errorf("Inspect left %d files beside the candidate", len(entries)-1)
		}
	})
}
