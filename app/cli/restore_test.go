package cli_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"qunzhu/app/cli"
	"qunzhu/backend/storetest"
)

// runIn is run with the messages in lang.
func runIn(t *testing.T, lang, db string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := cli.Run(&cli.Env{Ctx: context.Background(), DB: db, Args: args, Stdout: &out, Stderr: &errb, Lang: lang})
	return result{code, out.String(), errb.String()}
}

// As a new user would: a changed backup is refused with a clear message,
// and the data and the dashboard carry on; a changed database is not
// opened.
func TestRestoreRefusesAChangedBackup(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	run(t, db, "groups", "add", "--name", "ours", "--platform", "qq", "--capacity", "200")
	evil := filepath.Join(dir, "evil.db")
	decode[map[string]any](t, run(t, db, "backup", "--out", evil))
	storetest.Tamper(t, evil, storetest.HarmfulTrigger)
	cases := []struct{ lang, want string }{
		{"zh-CN", "evil.db：这个文件不是群主的备份，或已被修改。"},
		{"zh-TW", "evil.db：這個檔案不是群主的備份，或已被修改。"},
		{"en", "evil.db is not a Qunzhu backup, or it has been changed."},
	}
	for _, c := range cases {
		if r := runIn(t, c.lang, db, "restore", evil); r.code != 1 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%s: restore evil.db = %d %q, want 1 and %q", c.lang, r.code, r.stderr, c.want)
		}
	}
	if r := run(t, db, "dashboard", "--json"); r.code != 0 {
		t.Errorf("dashboard after the refused restore: %d %q", r.code, r.stderr)
	}
	list := decode[[]map[string]any](t, run(t, db, "groups", "list", "--json"))
	if len(list) != 1 || list[0]["name"] != "ours" {
		t.Errorf("groups after the refused restore: %v", list)
	}
	storetest.Tamper(t, db, storetest.HarmfulTrigger)
	if r := run(t, db, "groups", "list"); r.code != 1 || !strings.Contains(r.stderr, "is not a Qunzhu database, or it has been changed") {
		t.Errorf("a changed database opened: %d %q", r.code, r.stderr)
	}
}
