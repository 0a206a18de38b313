package planner_test

import (
	"strings"
	"testing"
	"time"

	"qunzhu/backend/planner"
)

func TestChallengeLeaderboard(t *testing.T) {
	f := setup(t, "2026-11-26T08:00")
	ids := seedMembers(t, f, "早起鸟", "偶尔来", "隔壁群")
	if _, err := f.svc.ApplyTemplate(f.ctx, planner.Apply{GroupID: f.group, Template: planner.TemplateChallenge21,
		Start: at(t, "2026-11-20T00:00"), Weeks: 1, Lang: "zh-CN"}); err != nil {
		t.Fatal(err)
	}
	checkin := func(member, group int64, wall string, key int) {
		t.Helper()
		if _, err := f.svc.DB().Write().Exec(`INSERT INTO events (member_id, group_id, at, kind, key) VALUES (?, ?, ?, 'checkin', ?)`,
			member, group, at(t, wall).Unix(), key); err != nil {
			t.Fatal(err)
		}
	}
	key := 0
	for d := 0; d < 7; d++ { // every day, twice on the first
		key++
		checkin(ids[0], f.group, at(t, "2026-11-20T07:40").AddDate(0, 0, d).Format(planner.WallLayout), key)
	}
	key++
	checkin(ids[0], f.group, "2026-11-20T21:00", key)
	for _, w := range []string{"2026-11-19T23:59", "2026-11-21T08:00", "2026-11-24T08:00", "2026-11-27T00:00"} { // before, two in, after
		key++
		checkin(ids[1], f.group, w, key)
	}
	key++
	checkin(ids[2], f.other, "2026-11-22T08:00", key) // another group's check-in
	due, err := f.svc.Today(f.ctx, "zh-CN")
	if err != nil {
		t.Fatal(err)
	}
	var ranking *planner.Due
	for i := range due {
		if due[i].Kind == "ranking" {
			ranking = &due[i]
		}
	}
	if ranking == nil {
		t.Fatalf("no ranking due on day 7: %+v", due)
	}
	want := "打卡排行榜（11-20–11-26，共 7 天）\n1. 早起鸟 · 打卡 7 天\n2. 偶尔来 · 打卡 2 天"
	if !strings.HasSuffix(ranking.Text, want) {
		t.Errorf("ranking text:\n%s\nwant it to end with\n%s", ranking.Text, want)
	}
	b, _ := f.svc.Leaderboard(f.ctx, ranking.ID, 10)
	if len(b.Rows) != 2 || b.Rows[0].Checkins != 8 || b.Rows[0].Days != 7 {
		t.Errorf("board %+v", b.Rows)
	}
	if !b.From.Equal(time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("from %v", b.From)
	}
}
