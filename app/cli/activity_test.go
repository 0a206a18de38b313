package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// activity import prints its report; tiers recompute counts per tier and
// stage; members list --tier selects by tier.
func TestActivityImportTiersAndList(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	run(t, db, "groups", "add", "--name", "粉丝群", "--platform", "whatsapp", "--capacity", "500")
	chat := strings.Join([]string{
		"12.03.2023, 14:05 - Messages and calls are end-to-end encrypted.",
		"12.03.2023, 14:06 - 小红: 大家好",
		"12.03.2023, 14:07 - 小明: <Media omitted>",
		"31.02.2023, 14:08 - 小明: a line with an impossible date",
		"13.03.2023, 09:00 - 小刚: 签到",
	}, "\n") + "\n"
	file := filepath.Join(dir, "WhatsApp Chat.txt")
	os.WriteFile(file, []byte(chat), 0o644)

	r := run(t, db, "activity", "import", file, "--group", "粉丝群")
	rep := decode[map[string]any](t, r)
	if r.code != 0 || rep["format"] != "whatsapp" || rep["messages"] != 3.0 || rep["members"] != 3.0 ||
		rep["newMembers"] != 3.0 || rep["skipped"] != 1.0 || rep["ambiguous"] != 0.0 || rep["duplicates"] != 0.0 {
		t.Fatalf("activity import: exit %d, %v, %s", r.code, rep, r.stderr)
	}
	if p, _ := rep["problems"].([]any); len(p) != 1 || p[0].(map[string]any)["line"] != 4.0 ||
		!strings.Contains(p[0].(map[string]any)["reason"].(string), "4") {
		t.Errorf("problems = %v", rep["problems"])
	}
	if !strings.Contains(r.stderr, `"done"`) {
		t.Errorf("no progress on stderr: %q", r.stderr)
	}
	if again := decode[map[string]any](t, run(t, db, "activity", "import", file)); again["messages"] != 0.0 || again["duplicates"] != 3.0 {
		t.Errorf("re-import: %v", again)
	}
	sum := decode[map[string]map[string]float64](t, run(t, db, "tiers", "recompute"))
	total := 0.0
	for _, n := range sum["tiers"] {
		total += n
	}
	if total != 3 || len(sum["stages"]) == 0 {
		t.Fatalf("tiers recompute = %v", sum)
	}
	for tier, n := range sum["tiers"] {
		l := decode[map[string]any](t, run(t, db, "members", "list", "--tier", tier, "--json"))
		if l["total"] != n {
			t.Errorf("members list --tier %s: %v, want %v", tier, l["total"], n)
		}
	}
	if r := run(t, db, "activity", "import", filepath.Join(dir, "missing.txt")); r.code == 0 {
		t.Errorf("a missing file imported: %v", r.stdout)
	}
}
