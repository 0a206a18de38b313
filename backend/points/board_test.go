package points_test

import (
	"strconv"
	"strings"
	"testing"

	"qunzhu/backend/groups"
	"qunzhu/backend/invites"
	"qunzhu/backend/members"
	"qunzhu/backend/points"
)

func TestLeaderboard(t *testing.T) {
	f := newFixture(t)
	f.events(f.a, f.g1, "checkin", "2026-11-17 08:00", 1, 0)   // 5 this week
	f.events(f.b, f.g1, "purchase", "2026-11-03 08:00", 1, 80) // 8 this month
	f.events(f.b, f.g2, "reply", "2026-11-18 08:00", 1, 0)     // 2 this week, other group
	if err := f.s.SaveLevels(f.ctx, []points.Level{{Name: "新人", Min: 0}, {Name: "活跃粉", Min: 10, Perks: "专属头衔"}}); err != nil {
		t.Fatal(err)
	}
	b, err := f.s.Leaderboard(f.ctx, f.g1, points.PeriodWeek, 10, "zh-CN")
	if err != nil || !b.Stale {
		t.Fatalf("before any recompute: stale %v, %v; want stale", b.Stale, err)
	}
	if _, err := f.s.Recompute(f.ctx, now, nil); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		group  int64
		period points.Period
		want   string
	}{
		{f.g1, points.PeriodWeek, "阿甲 5 新人"},
		{f.g1, points.PeriodMonth, "阿乙 8 活跃粉, 阿甲 5 新人"},
		{0, points.PeriodWeek, "阿甲 5 新人, 阿乙 2 活跃粉"},
		{f.g2, points.PeriodAll, "阿乙 2 活跃粉"},
	} {
		b, err := f.s.Leaderboard(f.ctx, c.group, c.period, 10, "zh-CN")
		if err != nil || b.Stale {
			t.Fatalf("%d %s: stale %v, %v", c.group, c.period, b.Stale, err)
		}
		var got []string
		for _, r := range b.Rows {
			got = append(got, r.Nickname+" "+itoa(r.Points)+" "+r.Level)
		}
		if strings.Join(got, ", ") != c.want {
			t.Errorf("group %d %s = %q, want %q", c.group, c.period, strings.Join(got, ", "), c.want)
		}
	}
	f.events(f.a, f.g1, "checkin", "2026-11-18 08:00", 1, 0)
	if b, _ := f.s.Leaderboard(f.ctx, f.g1, points.PeriodWeek, 10, "zh-CN"); !b.Stale {
		t.Error("a new event left the totals fresh")
	}
	if _, err := f.s.Leaderboard(f.ctx, 0, "year", 10, "en"); err == nil {
		t.Error("an unknown period was accepted")
	}
}

func TestBoardText(t *testing.T) {
	b := points.Board{Period: points.PeriodWeek, Rows: []points.Standing{{Nickname: "阿甲", Points: 12, Level: "铁杆"}, {Nickname: "阿乙", Points: 3, Level: "新人"}}}
	got := points.BoardText(b, "一群", "zh-CN")
	want := "一群 · 本周积分榜\n1. 阿甲 12 分（铁杆）\n2. 阿乙 3 分（新人）"
	if got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
	if got := points.BoardText(points.Board{Period: points.PeriodAll}, "", "en"); got != "Points leaderboard · all time\nNo points yet." {
		t.Errorf("empty text = %q", got)
	}
}

func TestLevels(t *testing.T) {
	levels := points.DefaultLevels("zh-CN")
	var names []string
	for _, l := range levels {
		names = append(names, l.Name)
	}
	if strings.Join(names, "/") != "新人/活跃粉/铁杆/元老" {
		t.Errorf("default levels = %v", names)
	}
	for _, c := range []struct {
		points int64
		want   string
	}{{-5, "新人"}, {0, "新人"}, {99, "新人"}, {100, "活跃粉"}, {499, "活跃粉"}, {500, "铁杆"}, {2000, "元老"}} {
		if got := points.LevelOf(levels, c.points).Name; got != c.want {
			t.Errorf("LevelOf(%d) = %s, want %s", c.points, got, c.want)
		}
	}
	for _, bad := range [][]points.Level{nil, {{Name: "a", Min: 5}}, {{Name: "a"}, {Name: "b", Min: 0}}, {{Name: " ", Min: 0}}} {
		if err := points.ValidateLevels(bad); err == nil {
			t.Errorf("levels %+v accepted", bad)
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// The invitation field {等级} names the member's level by its points.
func TestInvitationLevelField(t *testing.T) {
	f := newFixture(t)
	f.events(f.a, f.g1, "purchase", "2026-11-03 08:00", 1, 1000) // 100 points: 活跃粉
	if _, err := f.s.Recompute(f.ctx, now, nil); err != nil {
		t.Fatal(err)
	}
	m := members.NewService(f.db)
	inv := invites.NewService(f.db, m, groups.NewService(f.db))
	inv.UseLevels(f.s.LevelNames)
	for _, c := range []struct {
		member int64
		want   string
	}{{f.a, "阿甲·活跃粉"}, {f.b, "阿乙·新人"}} {
		p, err := inv.Preview(f.ctx, invites.PreviewRequest{Body: "{昵称}·{等级}", MemberID: c.member, Lang: "zh-CN"})
		if err != nil || p.Text != c.want {
			t.Errorf("preview = %q, %v; want %q", p.Text, err, c.want)
		}
	}
}
