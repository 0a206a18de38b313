package cli_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

type pointsBoard struct {
	Period  string `json:"period"`
	Members []struct {
		Nickname   string `json:"nickname"`
		PlatformID string `json:"platformId"`
		Points     int    `json:"points"`
		Level      string `json:"level"`
	} `json:"members"`
}

// points recompute counts the imported messages; the leaderboard ranks
// them per group and period (a message a point, the check-in 签到 five,
// under the default rules),
// recomputing by itself after a new import.
func TestPoints(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	run(t, db, "groups", "add", "--name", "粉丝群", "--platform", "whatsapp", "--capacity", "500")
	run(t, db, "groups", "add", "--name", "二群", "--platform", "whatsapp", "--capacity", "500")
	old := filepath.Join(dir, "WhatsApp Chat.txt")
	os.WriteFile(old, []byte(strings.Join([]string{
		"12.03.2023, 14:06 - 小红: 大家好", "12.03.2023, 14:07 - 小明: 你好",
		"13.03.2023, 09:00 - 小红: 签到", "20.03.2023, 09:00 - 小刚: 早",
	}, "\n")+"\n"), 0o644)
	run(t, db, "activity", "import", old, "--group", "粉丝群")

	r := run(t, db, "points", "recompute")
	if c := decode[map[string]int](t, r); r.code != 0 || c["members"] != 3 || c["events"] != 4 {
		t.Fatalf("recompute: exit %d, %s %s", r.code, r.stdout, r.stderr)
	}
	check := func(want string, args ...string) {
		t.Helper()
		r := run(t, db, append([]string{"points", "leaderboard"}, append(args, "--json")...)...)
		b := decode[pointsBoard](t, r)
		var got []string
		for _, m := range b.Members {
			got = append(got, m.Nickname+" "+strconv.Itoa(m.Points)+" "+m.Level)
		}
		if r.code != 0 || b.Period+": "+strings.Join(got, ", ") != want {
			t.Errorf("leaderboard %v = %q (exit %d, %s), want %q", args, b.Period+": "+strings.Join(got, ", "), r.code, r.stderr, want)
		}
	}
	check("all: 小红 6 Newcomer, 小明 1 Newcomer, 小刚 1 Newcomer", "--group", "粉丝群", "--period", "all")
	check("all: 小红 6 Newcomer", "--period", "all", "--limit", "1")
	check("week: ", "--group", "粉丝群")
	check("all: ", "--group", "二群", "--period", "all")

	today := time.Now().Format("02.01.2006")
	recent := filepath.Join(dir, "WhatsApp Chat 2.txt")
	os.WriteFile(recent, []byte("\u200e"+today+", 00:01 - 小刚: 今天第一\n"+today+", 00:02 - 小刚: 再来\n"), 0o644)
	run(t, db, "activity", "import", recent, "--group", "二群")
	check("week: 小刚 2 Newcomer", "--period", "week", "--group", "二群")
	check("month: 小刚 2 Newcomer", "--period", "month")
	check("all: 小红 6 Newcomer, 小刚 3 Newcomer, 小明 1 Newcomer", "--period", "all")

	for _, bad := range [][]string{{"points"}, {"points", "leaderboard", "--period", "year"}, {"points", "leaderboard", "--limit", "0"},
		{"points", "leaderboard", "--group", "没有这个群"}, {"points", "recompute", "x"}} {
		if r := run(t, db, bad...); r.code == 0 {
			t.Errorf("%v: exit 0, %s", bad, r.stdout)
		}
	}
}
