package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dashboard prints the numbers of a group over a period, after an import
// and a re-scoring; a half-given period or a bad date is refused.
func TestDashboard(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	run(t, db, "groups", "add", "--name", "粉丝群", "--platform", "whatsapp", "--capacity", "500")
	file := filepath.Join(dir, "WhatsApp Chat.txt")
	os.WriteFile(file, []byte(strings.Join([]string{
		"12.03.2023, 14:06 - 小红: 大家好", "12.03.2023, 14:07 - 小明: 你好",
		"13.03.2023, 09:00 - 小红: 签到", "20.03.2023, 09:00 - 小刚: 早",
	}, "\n")+"\n"), 0o644)
	run(t, db, "activity", "import", file, "--group", "粉丝群")
	run(t, db, "tiers", "recompute")

	r := run(t, db, "dashboard", "--group", "粉丝群", "--from", "2023-03-10", "--to", "2023-03-16", "--json")
	d := decode[map[string]any](t, r)
	// 3 messages in the week from 小红 and 小明; 小刚 spoke after it (counted from the events).
	if r.code != 0 || d["members"] != 3.0 || d["messages"] != 3.0 || d["speakers"] != 2.0 || d["days"] != 7.0 ||
		len(d["perDay"].([]any)) != 7 {
		t.Fatalf("dashboard: exit %d, %v, %s", r.code, d, r.stderr)
	}
	tiers := 0.0
	for _, n := range d["tiers"].(map[string]any) {
		tiers += n.(float64)
	}
	if tiers != 3 {
		t.Errorf("tiers: %v", d["tiers"])
	}
	if all := decode[map[string]any](t, run(t, db, "dashboard", "--days", "7")); all["days"] != 7.0 || all["messages"] != 0.0 {
		t.Errorf("the last 7 days: %v", all)
	}
	for _, bad := range [][]string{{"--from", "2023-03-10"}, {"--from", "2023-03-10", "--to", "10.03.2023"}, {"--days", "0"}} {
		if r := run(t, db, append([]string{"dashboard"}, bad...)...); r.code == 0 {
			t.Errorf("dashboard %v: exit 0, %s", bad, r.stdout)
		}
	}
}
