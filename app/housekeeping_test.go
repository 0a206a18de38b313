package app

import (
	"context"
	"testing"
	"time"

	"qunzhu/backend/backup"
)

// The daily backup waits for the page: startup makes none, domReady does
// (once, however often the page reloads), backupAfter later.
func TestDailyBackupStartsAtDomReady(t *testing.T) {
	a, ws := openApp(t, nil)
	defer ws.Close()
	if a.backupAfter != firstBackupDelay {
		t.Fatalf("backupAfter %v, want %v", a.backupAfter, firstBackupDelay)
	}
	a.backupAfter = 0
	a.startup(context.Background())
	defer a.shutdown(context.Background())
	if n := dailyBackups(t, a); n != 0 {
		t.Fatalf("after startup: %d daily backups, want 0 before the page loaded", n)
	}
	a.domReady()
	a.domReady()
	for deadline := time.Now().Add(20 * time.Second); dailyBackups(t, a) == 0; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("no daily backup after domReady")
		}
	}
	if n := dailyBackups(t, a); n != 1 {
		t.Errorf("%d daily backups after two domReady calls, want 1", n)
	}
}

func dailyBackups(t *testing.T, a *App) int {
	t.Helper()
	list, err := a.ws.Backups.List()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, b := range list {
		if b.Kind == backup.Daily {
			n++
		}
	}
	return n
}

// The first screen reads its data before the backup reads the whole file.
func TestDailyBackupWaitsAfterThePage(t *testing.T) {
	a, ws := openApp(t, nil)
	defer ws.Close()
	a.backupAfter = time.Hour
	a.startup(context.Background())
	defer a.shutdown(context.Background())
	a.domReady()
	time.Sleep(200 * time.Millisecond)
	if n := dailyBackups(t, a); n != 0 {
		t.Errorf("%d daily backups right after the page loaded, want 0 until backupAfter", n)
	}
}
