package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/planner"
	"qunzhu/backend/points"
)

// Saving a rule recomputes in the background (progress, then done); the
// leaderboard, its text and the member's breakdown follow the new rule; a
// manual award and its undo show at once.
func TestPointsRuleRecomputes(t *testing.T) {
	events := make(chan string, 64)
	a, ws := openApp(t, func(name string, _ any) { events <- name })
	ctx := context.Background()
	g, err := ws.Groups.Create(ctx, groups.Input{Name: "粉丝群", Platform: "wechat", Purpose: "core", Capacity: 500})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Members.Import(ctx, []members.Draft{{Row: 2, Nickname: "小红", Platform: "wechat", PlatformID: "wx_1"}},
		members.ImportOptions{OnDuplicate: "keep"}, nil); err != nil {
		t.Fatal(err)
	}
	at := time.Now().UTC().Truncate(time.Minute).Unix() // a wall time today, near enough
	if _, err := ws.DB.Write().ExecContext(ctx, `INSERT INTO events (member_id, group_id, at, kind, key)
		VALUES (1, ?, ?, 'reply', 1), (1, ?, ?, 'reply', 2)`, g.ID, at, g.ID, at); err != nil {
		t.Fatal(err)
	}
	r := points.DefaultRules()
	r.Reply = 7
	if _, err := a.Points.SaveRules(PointsRuleSetDTO(r)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, events, pointsJob.done)
	b, err := a.Points.Leaderboard(g.ID, "all", 10)
	if err != nil || b.Stale || len(b.Rows) != 1 || b.Rows[0].Points != 14 {
		t.Fatalf("leaderboard = %+v, %v", b, err)
	}
	if want := "粉丝群 · points leaderboard, all time\n1. 小红 14 pts (Newcomer)"; b.Text != want {
		t.Errorf("text = %q, want %q", b.Text, want)
	}
	m, err := a.Points.Award(ManualInputDTO{MemberID: 1, GroupID: g.ID, Points: 100, Reason: "优秀答疑"})
	if err != nil {
		t.Fatal(err)
	}
	mp, err := a.Points.MemberPoints(1)
	if err != nil || mp.Total != 114 || mp.Level != "Active fan" || len(mp.Manual) != 1 || mp.NextLevel != "Die-hard" || mp.ToNext != 386 {
		t.Fatalf("member points = %+v, %v", mp, err)
	}
	if reply := mp.Sources[1]; reply.Source != "reply" || reply.Label != "Replies" || reply.Total != 14 {
		t.Errorf("replies = %+v", reply)
	}
	if err := a.Points.Undo(m.ID); err != nil {
		t.Fatal(err)
	}
	if b, _ := a.Points.Leaderboard(0, "all", 10); len(b.Rows) != 1 || b.Rows[0].Points != 14 {
		t.Errorf("after the undo: %+v", b.Rows)
	}
	if text, err := a.Points.LevelsText(); err != nil || !strings.HasPrefix(text, "[Group levels and perks]\nNewcomer (from 0 points): ") {
		t.Errorf("levels text = %q, %v", text, err)
	}
}

func waitFor(t *testing.T, events <-chan string, name string) {
	t.Helper()
	deadline := time.After(30 * time.Second)
	for {
		select {
		case e := <-events:
			if e == name {
				return
			}
			if strings.HasSuffix(e, ":failed") {
				t.Fatalf("%s while waiting for %s", e, name)
			}
		case <-deadline:
			t.Fatalf("no %s", name)
		}
	}
}

// The 21-day challenge view: the planner's challenge under way in the
// group, ranked by days checked in; none for a group without one.
func TestPointsChallenge(t *testing.T) {
	a, ws := openApp(t, nil)
	ctx := context.Background()
	g, err := ws.Groups.Create(ctx, groups.Input{Name: "挑战群", Platform: "wechat", Purpose: "core", Capacity: 500})
	if err != nil {
		t.Fatal(err)
	}
	if c, err := a.Points.Challenge(g.ID); err != nil || c.Found {
		t.Fatalf("before any challenge: %+v, %v", c, err)
	}
	start, _ := planner.ParseWall(planner.Wall(time.Now().AddDate(0, 0, -3)))
	if _, err := ws.Planner.ApplyTemplate(ctx, planner.Apply{GroupID: g.ID, Template: planner.TemplateChallenge21, Start: start, Weeks: 1, Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Members.Import(ctx, []members.Draft{{Row: 2, Nickname: "小红", Platform: "wechat", PlatformID: "wx_1"}},
		members.ImportOptions{OnDuplicate: "keep"}, nil); err != nil {
		t.Fatal(err)
	}
	day := start.Add(12 * time.Hour).Unix() // noon of the challenge's first day and the next
	if _, err := ws.DB.Write().ExecContext(ctx, `INSERT INTO events (member_id, group_id, at, kind, key)
		VALUES (1, ?, ?, 'checkin', 1), (1, ?, ?, 'checkin', 2)`, g.ID, day, g.ID, day+86400); err != nil {
		t.Fatal(err)
	}
	c, err := a.Points.Challenge(g.ID)
	if err != nil || !c.Found || len(c.Board.Rows) != 1 || c.Board.Rows[0].Days != 2 || !strings.Contains(c.Board.Text, "小红") {
		t.Fatalf("challenge = %+v, %v", c, err)
	}
}
