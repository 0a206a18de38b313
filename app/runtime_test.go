package app

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/settings"
	"qunzhu/backend/workspace"
)

// openApp opens a workspace in a temporary folder and the app over it,
// its events handed to sink.
func openApp(t *testing.T, sink func(name string, data any)) (*App, *workspace.Workspace) {
	t.Helper()
	ws, err := workspace.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	a := New(ws)
	a.setLanguage("en")
	a.sink = sink
	return a, ws
}

func logText(t *testing.T, ws *workspace.Workspace) string {
	t.Helper()
	b, err := os.ReadFile(ws.LogPath())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A bound method that panics answers the internal error (so the window's
// promise settles), logs the stack, and the next call works.
func TestBoundMethodPanicIsInternalError(t *testing.T) {
	a, ws := openApp(t, nil)
	defer ws.Close()
	keywords := ws.Keywords
	ws.Keywords = nil // the next keyword call dereferences nil
	_, err := a.Keywords.Words()
	ws.Keywords = keywords
	var got ErrorDTO
	if err := json.Unmarshal([]byte(a.FormatError(err).(string)), &got); err != nil {
		t.Fatal(err)
	}
	if got.Code != errs.Internal || got.Key != "err.internal" {
		t.Errorf("a panicking call answered %+v", got)
	}
	if log := logText(t, ws); !strings.Contains(log, "msg=panic") || !strings.Contains(log, "KeywordsAPI).Words") {
		t.Errorf("the log lacks the panic's stack:\n%s", log)
	}
	if _, err := a.Keywords.Words(); err != nil {
		t.Errorf("after the panic: %v", err)
	}
}

// A job whose work panics emits its failed event with the internal error,
// logs the stack, and leaves the registry empty.
func TestPanickingJobFails(t *testing.T) {
	failed := make(chan JobFailedDTO, 1)
	a, ws := openApp(t, func(name string, data any) {
		if name == rescoreJob.failed {
			failed <- data.(JobFailedDTO)
		}
	})
	defer ws.Close()
	activity := ws.Activity
	ws.Activity = nil
	id, err := a.Activity.StartRecompute()
	if err != nil {
		t.Fatal(err)
	}
	select {
	case f := <-failed:
		if f.JobID != id || f.Error.Code != errs.Internal {
			t.Errorf("failed event %+v for job %s", f, id)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no failed event")
	}
	ws.Activity = activity
	waitJobs(t, a)
	if log := logText(t, ws); !strings.Contains(log, "msg=panic") || !strings.Contains(log, "RecomputeWithProgress") {
		t.Errorf("the log lacks the job's stack:\n%s", log)
	}
}

// writeChat writes a WhatsApp export of n messages from 500 senders.
func writeChat(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "chat.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	start := time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		at := start.Add(time.Duration(i) * 2 * time.Second)
		fmt.Fprintf(w, "%s - 粉丝%03d: 今天直播几点 %d\n", at.Format("02.01.2006, 15:04"), i*7919%500, i)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return path
}

// Closing the window in the middle of an activity import: shutdown cancels
// the job and returns within the close budget; reopened, the database holds
// nothing of the import, is intact, and has the window's geometry.
func TestShutdownDuringImport(t *testing.T) {
	chat := writeChat(t, 400_000)
	var midway sync.Once
	halfway := make(chan struct{})
	a, ws := openApp(t, func(name string, data any) {
		if p, ok := data.(JobProgressDTO); ok && name == activityJob.progress && p.Done > p.Total/4 {
			midway.Do(func() { close(halfway) })
		}
	})
	if _, err := a.Activity.Start(ActivityRequestDTO{Path: chat}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-halfway:
	case <-time.After(60 * time.Second):
		t.Fatal("the import never got a quarter of the way")
	}
	a.window = &settings.Window{Width: 1111, Height: 777, X: 5, Y: 6}
	start := time.Now()
	a.shutdown(context.Background())
	took := time.Since(start)
	t.Logf("shutdown took %v", took)
	if took > closeBudget || !a.Idle() {
		t.Errorf("shutdown took %v (budget %v), jobs idle: %v", took, closeBudget, a.Idle())
	}
	ws.Close()

	ws, err := workspace.Open(context.Background(), ws.DB.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	var events int
	var check string
	db := ws.DB.Read()
	if err := db.QueryRow("SELECT count(*) FROM events").Scan(&events); err != nil || events != 0 {
		t.Errorf("%d events stored by the cancelled import (%v)", events, err)
	}
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check = %q, %v", check, err)
	}
	if win, err := ws.Settings.Window(context.Background()); err != nil || win.Width != 1111 || win.Y != 6 {
		t.Errorf("window geometry after shutdown: %+v, %v", win, err)
	}
}

// Shutdown also cancels the context the bound calls run with, so a call
// still writing rolls back instead of holding up the exit.
func TestShutdownCancelsCalls(t *testing.T) {
	a, ws := openApp(t, nil)
	defer ws.Close()
	a.startup(context.Background())
	if err := a.call().Err(); err != nil {
		t.Fatalf("before shutdown: %v", err)
	}
	a.shutdown(context.Background())
	if err := a.call().Err(); err != context.Canceled {
		t.Errorf("after shutdown the calls' context is %v", err)
	}
}
