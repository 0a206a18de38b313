package cli_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"qunzhu/app/cli"
)

// activity paste stores a pasted chat like activity import, from a file or
// stdin, and a second paste of the same messages stores nothing twice.
func TestActivityPaste(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	run(t, db, "groups", "add", "--name", "抖音粉丝群", "--platform", "douyin", "--capacity", "500")
	fixture, err := os.ReadFile(filepath.Join("..", "..", "backend", "chatlog", "testdata", "paste", "douyin_time_only.txt"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "chat.txt")
	os.WriteFile(file, fixture, 0o644)

	tests := []struct {
		name                        string
		args                        []string
		stdin                       string
		code                        int
		messages, duplicates, added float64
	}{
		{"from a file", []string{"activity", "paste", file, "--group", "抖音粉丝群", "--date", "2026-12-01"}, "", 0, 5, 0, 2},
		{"the same on stdin", []string{"activity", "paste", "-", "--date", "2026-12-01"}, string(fixture), 0, 0, 5, 0},
		{"another day", []string{"activity", "paste", "--date", "2026-12-02", "-"}, string(fixture), 0, 5, 0, 0},
		{"a bad date", []string{"activity", "paste", file, "--date", "2026-13-01"}, "", 1, 0, 0, 0},
		{"no file", []string{"activity", "paste", "--date", "2026-12-01"}, "", 2, 0, 0, 0},
		{"not a chat", []string{"activity", "paste", "-"}, "hello\nworld\n", 1, 0, 0, 0},
		{"nothing pasted", []string{"activity", "paste", "-"}, "", 1, 0, 0, 0},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := cli.Run(&cli.Env{Ctx: context.Background(), DB: db, Args: tt.args, Stdin: strings.NewReader(tt.stdin),
			Stdout: &out, Stderr: &errb, Lang: "en"})
		if code != tt.code {
			t.Errorf("%s: exit %d, want %d; %s %s", tt.name, code, tt.code, out.String(), errb.String())
			continue
		}
		if code != 0 {
			continue
		}
		rep := decode[map[string]any](t, result{code, out.String(), errb.String()})
		if rep["format"] != "paste" || rep["messages"] != tt.messages || rep["duplicates"] != tt.duplicates ||
			rep["newMembers"] != tt.added || rep["members"] != 2.0 {
			t.Errorf("%s: %v", tt.name, rep)
		}
	}
}
