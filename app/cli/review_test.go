package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// review prints a planned, imported week in the shape the issue gives:
// items with their numbers after them, kpis and previous, suggestions.
// The weekly SOP for 2026-03-02; in the 3 hours after Wednesday's 20:00
// Q&A 6 messages from 3 people, against 1 message on 02-25 and 1 on 02-18
// (baseline 2/4 = 0.5, counted as 1): lift 6. Monday's vote got nothing
// against nothing: lift 0.
func TestReview(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	run(t, db, "groups", "add", "--name", "粉丝群", "--platform", "whatsapp", "--capacity", "500")
	if r := run(t, db, "planner", "apply", "--group", "粉丝群", "--template", "weekly_sop", "--start", "2026-03-02",
		"--weeks", "1"); r.code != 0 {
		t.Fatalf("apply: %d %s", r.code, r.stderr)
	}
	file := filepath.Join(dir, "WhatsApp Chat.txt")
	os.WriteFile(file, []byte(strings.Join([]string{
		"18.02.2026, 20:10 - 甲: 在", "25.02.2026, 20:10 - 乙: 在",
		"04.03.2026, 20:01 - 甲: 老师好", "04.03.2026, 20:02 - 乙: 问一个", "04.03.2026, 20:03 - 丙: 我也问",
		"04.03.2026, 20:30 - 甲: 懂了", "04.03.2026, 21:00 - 乙: 谢谢", "04.03.2026, 22:59 - 丙: 晚安",
	}, "\n")+"\n"), 0o644)
	run(t, db, "activity", "import", file, "--group", "粉丝群")

	r := run(t, db, "review", "--group", "粉丝群", "--from", "2026-03-02", "--to", "2026-03-08", "--json")
	out := decode[struct {
		Items []map[string]any `json:"items"`
		KPIs  map[string]any   `json:"kpis"`
		Prev  map[string]any   `json:"previous"`
		Sugg  []string         `json:"suggestions"`
		KOCCh map[string]any   `json:"kocChanges"`
		SlpCh map[string]any   `json:"slippingChanges"`
	}](t, r)
	if r.code != 0 || len(out.Items) != 5 {
		t.Fatalf("review: exit %d, %d items, %s", r.code, len(out.Items), r.stderr)
	}
	for _, it := range out.Items {
		for _, key := range []string{"title", "kind", "at", "done", "messagesAfter", "speakersAfter", "baseline", "lift"} {
			if _, ok := it[key]; !ok {
				t.Errorf("item lacks %s: %v", key, it)
			}
		}
	}
	vote, qa := out.Items[0], out.Items[1]
	if vote["kind"] != "vote" || vote["at"] != "2026-03-02T20:00" || vote["lift"] != 0.0 || vote["messagesAfter"] != 0.0 {
		t.Errorf("vote: %v", vote)
	}
	if qa["kind"] != "live_qa" || qa["messagesAfter"] != 6.0 || qa["speakersAfter"] != 3.0 || qa["baseline"] != 0.5 ||
		qa["lift"] != 6.0 || qa["word"] != "up" || qa["done"] != false {
		t.Errorf("Q&A: %v", qa)
	}
	if out.KPIs["messages"] != 6.0 || out.Prev["messages"] != 1.0 || out.KPIs["messagesPer100"] == nil {
		t.Errorf("kpis %v, previous %v", out.KPIs, out.Prev)
	}
	for name, ch := range map[string]map[string]any{"kocChanges": out.KOCCh, "slippingChanges": out.SlpCh} {
		entered, _ := ch["entered"].([]any) // a new database: the lists were empty before, nobody moved
		left, _ := ch["left"].([]any)
		if ch["known"] != true || entered == nil || left == nil || len(entered)+len(left) != 0 {
			t.Errorf("%s: %v", name, ch)
		}
	}
	if len(out.Sugg) < 3 || len(out.Sugg) > 5 || !strings.Contains(out.Sugg[0], "moved the group most (6.0×)") {
		t.Errorf("suggestions: %q", out.Sugg)
	}
	text := run(t, db, "review", "--group", "粉丝群", "--from", "2026-03-02", "--to", "2026-03-08", "--text")
	if text.code != 0 || !strings.Contains(text.stdout, "Review · 粉丝群 · 2026-03-02 to 2026-03-08") {
		t.Errorf("text: %d %q %s", text.code, text.stdout, text.stderr)
	}
	for _, bad := range [][]string{{"--from", "2026-03-02", "--to", "2026-03-08"}, {"--group", "粉丝群", "--from", "2026-03-02"},
		{"--group", "粉丝群", "--from", "2026-03-08", "--to", "2026-03-02"}, {"--group", "无此群"}} {
		if r := run(t, db, append([]string{"review"}, bad...)...); r.code == 0 {
			t.Errorf("review %v: exit 0, %s", bad, r.stdout)
		}
	}
}
