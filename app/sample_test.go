package app

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"qunzhu/backend/workspace"
)

// waitJobs waits until no sample job of a runs.
func waitJobs(t *testing.T, a *App) {
	t.Helper()
	j := a.Sample.jobs
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		j.mu.Lock()
		n := len(j.cancel)
		j.mu.Unlock()
		if n == 0 {
			return
		}
	}
	t.Fatal("the sample job did not end")
}

// A sample job cancelled at once keeps nothing; one left to run fills the
// database.
func TestSampleJob(t *testing.T) {
	ws, err := workspace.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	a := New(ws)
	a.setLanguage("zh-CN")
	a.Sample.Cancel(a.Sample.Start())
	waitJobs(t, a)
	if ok, err := a.Sample.CanCreate(); !ok || err != nil {
		t.Fatalf("after a cancel: can create %v, %v", ok, err)
	}
	a.Sample.Start()
	waitJobs(t, a)
	if ok, err := a.Sample.CanCreate(); ok || err != nil {
		t.Fatalf("after a run: can create %v, %v", ok, err)
	}
	if groups, err := a.Groups.List(false); err != nil || len(groups) != 3 {
		t.Errorf("%d groups, %v", len(groups), err)
	}
}
