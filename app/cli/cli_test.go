package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"qunzhu/app/cli"
)

// TestMain lets the test binary act as the qunzhu command line for the
// child processes the crash test starts.
func TestMain(m *testing.M) {
	if os.Getenv("QUNZHU_CLI_CHILD") == "1" {
		db, rest := cli.SplitDB(os.Args[1:])
		os.Exit(cli.Run(&cli.Env{Ctx: context.Background(), DB: db, Args: rest,
			Stdout: os.Stdout, Stderr: os.Stderr, Lang: "en"}))
	}
	os.Exit(m.Run())
}

type result struct {
	code           int
	stdout, stderr string
}

func run(t *testing.T, db string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := cli.Run(&cli.Env{Ctx: context.Background(), DB: db, Args: args, Stdout: &out, Stderr: &errb, Lang: "en"})
	return result{code, out.String(), errb.String()}
}

func decode[T any](t *testing.T, r result) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(r.stdout), &v); err != nil {
		t.Fatalf("stdout is not JSON (%v): %q, stderr %q", err, r.stdout, r.stderr)
	}
	return v
}

func TestVersionAndUsage(t *testing.T) {
	v := decode[map[string]any](t, run(t, "", "version"))
	if v["version"] == "" || v["schema"] == nil {
		t.Errorf("version = %v", v)
	}
	if r := run(t, "", "frobnicate"); r.code != 2 {
		t.Errorf("unknown command exit %d", r.code)
	}
	db := filepath.Join(t.TempDir(), "q.db")
	if r := run(t, db, "groups", "add", "--bogus"); r.code != 2 || !strings.Contains(r.stderr, "qunzhu help") {
		t.Errorf("bad flag: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestSplitDB(t *testing.T) {
	db, rest := cli.SplitDB([]string{"--db", "/x/q.db", "groups", "list", "--json"})
	if db != "/x/q.db" || strings.Join(rest, " ") != "groups list --json" {
		t.Errorf("SplitDB = %q %v", db, rest)
	}
	if db, rest := cli.SplitDB([]string{"--db=/y.db"}); db != "/y.db" || len(rest) != 0 {
		t.Errorf("SplitDB(--db=) = %q %v", db, rest)
	}
}

// Only no arguments, or Wails' own flags, open the window; anything else
// goes to the command line, which answers what it does not know with the
// usage error on stderr and exit code 2.
func TestOpensWindowAndUnknownCommands(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		window bool
	}{
		{nil, true},
		{[]string{"-assetdir", "frontend/dist", "-devserver", "127.0.0.1:34116"}, true},
		{[]string{"--devserver=127.0.0.1:1", "-loglevel", "Error"}, true},
		{[]string{"-psn_0_12345"}, true},
		{[]string{"groups", "list"}, false},
		{[]string{"pionts"}, false},
		{[]string{"--verbose"}, false},
		{[]string{"-assetdir", "x", "pionts", "y"}, false},
	} {
		if got := cli.OpensWindow(tc.args); got != tc.window {
			t.Errorf("OpensWindow(%q) = %v, want %v", tc.args, got, tc.window)
		}
	}
	for _, args := range [][]string{{"pionts"}, {"--verbose"}, {"-x", "groups"}} {
		r := run(t, "", args...)
		if r.code != 2 || r.stdout != "" || !strings.Contains(r.stderr, "qunzhu help") || !strings.Contains(r.stderr, "usage: qunzhu") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
}

func TestGroupsCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "q.db")
	r := run(t, db, "groups", "add", "--name", "N", "--platform", "douyin", "--purpose", "core", "--capacity", "500",
		"--min-days", "30", "--iron-only", "--join-code", "口令")
	g := decode[map[string]any](t, r)
	if r.code != 0 || g["name"] != "N" || g["capacity"] != 500.0 || g["ironFansOnly"] != true || g["joinCode"] != "口令" {
		t.Fatalf("groups add = %d %v %s", r.code, g, r.stderr)
	}
	r = run(t, db, "groups", "add", "--name", "N", "--platform", "douyin", "--capacity", "0")
	if r.code != 1 || !strings.Contains(r.stderr, "A group with this name already exists") ||
		!strings.Contains(r.stderr, "capacity: Must be between 1 and 200000.") || r.stdout != "" {
		t.Errorf("invalid add: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	list := decode[[]map[string]any](t, run(t, db, "groups", "list", "--json"))
	if len(list) != 1 || list[0]["platform"] != "douyin" {
		t.Fatalf("list = %v", list)
	}
	id := jsonNumber(list[0]["id"])
	if r := run(t, db, "groups", "archive", id); r.code != 0 {
		t.Fatalf("archive: %s", r.stderr)
	}
	if l := decode[[]map[string]any](t, run(t, db, "groups", "list", "--json")); len(l) != 0 {
		t.Errorf("archived group still listed: %v", l)
	}
	if l := decode[[]map[string]any](t, run(t, db, "groups", "list", "--archived", "--json")); len(l) != 1 {
		t.Errorf("archived list = %v", l)
	}
	if r := run(t, db, "groups", "restore", id); r.code != 0 {
		t.Fatalf("restore group: %s", r.stderr)
	}
	if r := run(t, db, "groups", "list"); !strings.Contains(r.stdout, "NAME") || !strings.Contains(r.stdout, "douyin") {
		t.Errorf("text list = %q", r.stdout)
	}
}

func TestBackupRestoreRoundTrip(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	run(t, db, "groups", "add", "--name", "before", "--platform", "qq", "--capacity", "200")
	out := filepath.Join(dir, "saved.db")
	b := decode[map[string]any](t, run(t, db, "backup", "--out", out))
	if b["backup"] != out || b["bytes"].(float64) <= 0 {
		t.Fatalf("backup = %v", b)
	}
	run(t, db, "groups", "add", "--name", "after", "--platform", "qq", "--capacity", "200")
	res := decode[map[string]any](t, run(t, db, "restore", out))
	if res["safetyBackup"] == "" {
		t.Errorf("restore = %v", res)
	}
	list := decode[[]map[string]any](t, run(t, db, "groups", "list", "--json"))
	if len(list) != 1 || list[0]["name"] != "before" {
		t.Errorf("after restore: %v", list)
	}
	backups := decode[[]map[string]any](t, run(t, db, "backups"))
	if len(backups) != 1 || backups[0]["kind"] != "prerestore" {
		t.Errorf("backups = %v", backups)
	}
	if r := run(t, db, "restore", filepath.Join(dir, "nope.db")); r.code != 1 || !strings.Contains(r.stderr, "was not found") {
		t.Errorf("restore missing file: %d %q", r.code, r.stderr)
	}
}

func TestImportReportsRow(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	file := filepath.Join(dir, "groups.json")
	os.WriteFile(file, []byte(`[{"name":"a","platform":"qq","purpose":"core","capacity":200},
		{"name":"b","platform":"qq","purpose":"core","capacity":-1}]`), 0o644)
	r := run(t, db, "groups", "import", file)
	if r.code != 1 || !strings.Contains(r.stderr, "Row 2 is invalid.") || !strings.Contains(r.stderr, "capacity:") {
		t.Errorf("import bad row: %d %q", r.code, r.stderr)
	}
	if l := decode[[]map[string]any](t, run(t, db, "groups", "list", "--json")); len(l) != 0 {
		t.Errorf("a failed import stored %d groups", len(l))
	}
	os.WriteFile(file, []byte(`{"not":"a list"}`), 0o644)
	if r := run(t, db, "groups", "import", file); r.code != 1 || !strings.Contains(r.stderr, "is not a JSON list") {
		t.Errorf("import bad file: %d %q", r.code, r.stderr)
	}
}

func jsonNumber(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
