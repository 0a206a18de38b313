package sample_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/sample"
)

// The sample is made beside the database and leaves no scratch folder,
// whether it goes in or is cancelled; a folder a killed run left is
// removed by the next run.
func TestScratchIsCleared(t *testing.T) {
	ws := open(t)
	stale := filepath.Join(ws.Dir, ".sample-killed")
	if err := os.MkdirAll(stale, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(stale, "sample.db"), []byte("half a database"), 0o644)
	o := sample.Options{Members: 100, Months: 1, Seed: 3, Now: now, Lang: "en"}
	ctx, cancel := context.WithCancel(context.Background())
	cancelled := o
	cancelled.Progress = func(done, _ int) { cancel() }
	if _, err := sample.Create(ctx, ws, cancelled); errs.CodeOf(err) != errs.Cancelled {
		t.Fatalf("cancelled run: %v", err)
	}
	assertNoScratch(t, ws.Dir)
	if rep, err := sample.Create(context.Background(), ws, o); err != nil || rep.Members == 0 {
		t.Fatalf("run: %+v, %v", rep, err)
	}
	assertNoScratch(t, ws.Dir)
}

func assertNoScratch(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".sample-") {
			t.Errorf("%s left in the data folder", e.Name())
		}
	}
}
