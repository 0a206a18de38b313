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
// passing anything but a Qunzhu database of a version it knows. (The engine
// spends long minimizing the 380 kB seed: -fuzzminimizetime 1s helps.)
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
		entries, _ := os.ReadDir(filepath.Dir(path))
		for _, e := range entries { // a WAL-mode file gets SQLite's -wal and -shm
			if n := e.Name(); n != "candidate.db" && n != "candidate.db-wal" && n != "candidate.db-shm" {
				t.Errorf("Inspect left %s beside the candidate", n)
			}
		}
	})
}
