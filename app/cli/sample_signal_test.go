//go:build unix

package cli_test

import (
	"bufio"
	"encoding/json"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Ctrl-C in the terminal (SIGINT) in the middle of the sample: the command
// fails as cancelled and leaves the database empty.
func TestSampleCommandInterrupted(t *testing.T) {
	db := filepath.Join(t.TempDir(), "q.db")
	cmd := child(db, "sample", "--members", "3000", "--months", "3", "--date", "2026-12-03")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(time.Minute, func() { cmd.Process.Kill() })
	defer timer.Stop()
	var rest strings.Builder
	sent := false
	for sc := bufio.NewScanner(stderr); sc.Scan(); {
		var p struct{ Done, Total int }
		if !sent && json.Unmarshal(sc.Bytes(), &p) == nil && p.Done >= p.Total/3 {
			cmd.Process.Signal(syscall.SIGINT)
			sent = true
		}
		if sent {
			rest.WriteString(sc.Text() + "\n")
		}
	}
	err = cmd.Wait()
	if !sent || cmd.ProcessState.ExitCode() != 1 || !strings.Contains(rest.String(), "ancel") {
		t.Fatalf("interrupted: sent %v, %v, stderr after it %q", sent, err, rest.String())
	}
	if r := run(t, db, "groups", "list", "--json"); r.code != 0 || strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("after Ctrl-C: exit %d, groups %q", r.code, r.stdout)
	}
	if r := run(t, db, "members", "list", "--json"); r.code != 0 || strings.Contains(r.stdout, "nickname") {
		t.Errorf("after Ctrl-C: exit %d, members %.200q", r.code, r.stdout)
	}
}
