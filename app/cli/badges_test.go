package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// badges evaluate works the badges out of an imported chat; badges list
// prints them, of one group or all: 甲 checked in 7 days in a row
// (2026-03-01..07) and earns the streak on the 7th; 乙 6 days, no streak;
// both earned the first message on their first day.
func TestBadges(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	run(t, db, "groups", "add", "--name", "打卡群", "--platform", "whatsapp", "--capacity", "500")
	var lines []string
	for d := 1; d <= 7; d++ {
		lines = append(lines, "0"+string(rune('0'+d))+".03.2026, 08:00 - 甲: 打卡")
		if d > 1 {
			lines = append(lines, "0"+string(rune('0'+d))+".03.2026, 09:00 - 乙: 打卡")
		}
	}
	file := filepath.Join(dir, "WhatsApp Chat.txt")
	os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	run(t, db, "activity", "import", file, "--group", "打卡群")
	if r := run(t, db, "badges", "evaluate"); r.code != 0 || !strings.Contains(r.stdout, `"members": 2`) {
		t.Fatalf("evaluate: %d %s %s", r.code, r.stdout, r.stderr)
	}
	type holding struct {
		Nickname, Badge, EarnedOn, Source, GroupName string
	}
	r := run(t, db, "badges", "list", "--group", "打卡群", "--json")
	got := decode[struct {
		Badges []holding `json:"badges"`
	}](t, r)
	want := []holding{
		{"甲", "streak", "2026-03-07", "rule", "打卡群"},
		{"乙", "first_message", "2026-03-02", "rule", "打卡群"},
		{"甲", "first_message", "2026-03-01", "rule", "打卡群"},
	}
	if r.code != 0 || len(got.Badges) != len(want) {
		t.Fatalf("list: exit %d, %+v, %s", r.code, got.Badges, r.stderr)
	}
	for i, w := range want {
		if got.Badges[i] != w {
			t.Errorf("badge %d: got %+v, want %+v", i, got.Badges[i], w)
		}
	}
	if r := run(t, db, "badges", "list", "--group", "没有的群"); r.code == 0 {
		t.Errorf("an unknown group listed: %s", r.stdout)
	}
	if r := run(t, db, "badges", "list", "--badge", "vip"); r.code == 0 {
		t.Errorf("an unknown badge listed: %s", r.stdout)
	}
}
