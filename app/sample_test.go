package app

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"qunzhu/backend/workspace"
)

// waitJobs waits until no job of a runs.
func waitJobs(t *testing.T, a *App) {
	t.Helper()
	if !a.jobs.wait(30 * time.Second) {
		t.Fatal("the job did not end")
	}
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
	id, _ := a.Sample.Start()
	a.Sample.Cancel(id)
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
