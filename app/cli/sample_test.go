package cli_test

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestSampleCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "q.db")
	r := run(t, db, "sample", "--members", "300", "--months", "1", "--date", "2026-12-03")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	got := decode[map[string]int](t, r)
	if got["groups"] != 3 || got["members"] != 300 || got["events"] == 0 || got["planItems"] == 0 {
		t.Errorf("report %v", got)
	}
	again := run(t, db, "sample", "--members", "300")
	if again.code != 1 || !strings.Contains(again.stderr, "empty database") {
		t.Errorf("second run: exit %d, %q", again.code, again.stderr)
	}
	if bad := run(t, filepath.Join(t.TempDir(), "b.db"), "sample", "--months", "x"); bad.code != 2 {
		t.Errorf("bad flag: exit %d", bad.code)
	}
}
