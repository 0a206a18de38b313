package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"qunzhu/app/cli"
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

// Ctrl-C half-way (here: the context cancelled once the progress on
// stderr passes a third) leaves the database empty, and the sample then
// goes in.
func TestSampleCommandCancelled(t *testing.T) {
	db := filepath.Join(t.TempDir(), "q.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errb := &cancelAt{at: 33, cancel: cancel}
	code := cli.Run(&cli.Env{Ctx: ctx, DB: db, Args: []string{"sample", "--members", "300", "--months", "1", "--date", "2026-12-03"},
		Stdout: io.Discard, Stderr: errb, Lang: "en"})
	if code != 1 || !strings.Contains(errb.String(), "ancel") {
		t.Fatalf("cancelled: exit %d, %q", code, errb.String())
	}
	if r := run(t, db, "groups", "list", "--json"); r.code != 0 || strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("after the cancel: exit %d, groups %q", r.code, r.stdout)
	}
	if r := run(t, db, "sample", "--members", "300", "--months", "1", "--date", "2026-12-03"); r.code != 0 {
		t.Errorf("after the cancel: exit %d, %s", r.code, r.stderr)
	}
}

// cancelAt cancels once a progress line's done reaches at.
type cancelAt struct {
	bytes.Buffer
	at     int
	cancel context.CancelFunc
}

func (c *cancelAt) Write(p []byte) (int, error) {
	var line struct{ Done int }
	if json.Unmarshal(p, &line) == nil && line.Done >= c.at {
		c.cancel()
	}
	return c.Buffer.Write(p)
}
