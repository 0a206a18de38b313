package activity_test

import (
	"context"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
)

// A group's health: messages per day per 100 members, speakers and
// participation, the silent share with its alert, per-day counts and the
// weekday × hour heatmap.
func TestHealth(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	g, _ := f.groups.Create(ctx, groups.Input{Name: "粉丝群", Platform: "whatsapp", Purpose: "core", Capacity: 500})
	// Before any chat export, everyone is silent but nobody is judged so.
	early, _ := f.members.Create(ctx, members.Input{Nickname: "新人", Platform: "whatsapp"})
	f.members.SetMembership(ctx, early.ID, members.Membership{GroupID: g.ID, Role: "member", Status: "joined"})
	day := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)
	if h, err := f.act.Health(ctx, g.ID, day, day.AddDate(0, 0, 4)); err != nil || h.Recorded || h.SilentAlert || h.Silent != 1 {
		t.Fatalf("no events: recorded %v, alert %v, silent %d, %v; want false, false, 1", h.Recorded, h.SilentAlert, h.Silent, err)
	}
	f.members.SetMembership(ctx, early.ID, members.Membership{GroupID: g.ID, Role: "member", Status: "left"})
	lines := []string{
		"09.03.2026, 08:00 - 小红: 早", // Monday
		"09.03.2026, 08:30 - 小明: 早安",
		"10.03.2026, 20:15 - 小红: 晚上好",
		"12.03.2026, 20:45 - 小红: 在吗",
	}
	if _, err := f.act.Import(ctx, activity.Request{Path: f.write(t, "chat.txt", lines...), GroupID: g.ID}, nil); err != nil {
		t.Fatal(err)
	}
	quiet, _ := f.members.Create(ctx, members.Input{Nickname: "潜水", Platform: "whatsapp"})
	f.members.SetMembership(ctx, quiet.ID, members.Membership{GroupID: g.ID, Role: "member", Status: "joined"})
	from := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)
	h, err := f.act.Health(ctx, g.ID, from, from.AddDate(0, 0, 4))
	if err != nil {
		t.Fatal(err)
	}
	if h.Members != 3 || h.Messages != 4 || h.Days != 4 || h.Speakers != 2 || h.Silent != 2 {
		t.Fatalf("health = %+v", h)
	}
	if h.MessagesPer100 < 33.3 || h.MessagesPer100 > 33.4 || h.Participation < 0.66 || !h.SilentAlert || !h.Recorded {
		t.Errorf("rates = %v per 100, %v participation, alert %v", h.MessagesPer100, h.Participation, h.SilentAlert)
	}
	if h.Heatmap[0][8] != 2 || h.Heatmap[1][20] != 1 || h.Heatmap[3][20] != 1 {
		t.Errorf("heatmap Monday 8h = %d, Tuesday 20h = %d, Thursday 20h = %d", h.Heatmap[0][8], h.Heatmap[1][20], h.Heatmap[3][20])
	}
	if len(h.PerDay) != 4 || h.PerDay[0].Date != "2026-03-09" || h.PerDay[0].Speakers != 2 || h.PerDay[2].Messages != 0 {
		t.Errorf("per day = %+v", h.PerDay)
	}
	// The thresholds are settings: a week's silence counts, and 70 % silent is no alert at 80 %.
	set, _ := f.act.TierSettings(ctx)
	set.SilentDays, set.SilentAlertPct = 7, 80
	if err := f.act.SaveTierSettings(ctx, set); err != nil {
		t.Fatal(err)
	}
	h, err = f.act.Health(ctx, g.ID, from, from.AddDate(0, 0, 4))
	if err != nil || h.Silent != 1 || h.SilentAlert || h.Thresholds.SilentDays != 7 || h.Thresholds.SilentShare != 0.8 {
		t.Errorf("with other settings: silent %d, alert %v, thresholds %+v, %v", h.Silent, h.SilentAlert, h.Thresholds, err)
	}
}

// One definition (package kpi): likes, shares and tips reach but are not
// messages, and a member's events count only in the group they happened in.
func TestHealthCountsSpokenKindsOfTheGroup(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	a, _ := f.groups.Create(ctx, groups.Input{Name: "一群", Platform: "douyin", Purpose: "core", Capacity: 500})
	b, _ := f.groups.Create(ctx, groups.Input{Name: "二群", Platform: "douyin", Purpose: "core", Capacity: 500})
	inA := f.write(t, "a.csv", "昵称,时间,类型,金额", "小红,2026-03-02 20:00,消息,", "小红,2026-03-02 20:01,点赞,",
		"小明,2026-03-02 20:05,打赏,8.8", "小明,2026-03-03 09:00,分享,")
	inB := f.write(t, "b.csv", "昵称,时间,类型,金额", "小红,2026-03-03 21:00,消息,", "小明,2026-03-03 21:05,消息,",
		"小明,2026-03-03 21:06,消息,")
	for _, imp := range []struct {
		path  string
		group int64
	}{{inA, a.ID}, {inB, b.ID}} {
		if _, err := f.act.Import(ctx, activity.Request{Path: imp.path, Platform: "douyin", GroupID: imp.group}, nil); err != nil {
			t.Fatal(err)
		}
	}
	from := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name                                string
		group                               int64
		messages, speakers, reached, silent int
	}{
		{"group one: one message, a like, a tip and a share", a.ID, 1, 1, 2, 0},
		{"group two: three messages", b.ID, 3, 2, 2, 0},
		{"all groups", 0, 4, 2, 2, 0},
	} {
		h, err := f.act.Health(ctx, c.group, from, from.AddDate(0, 0, 2))
		if err != nil {
			t.Fatal(err)
		}
		got := [4]int{h.Messages, h.Speakers, h.Reached, h.Silent}
		if want := [4]int{c.messages, c.speakers, c.reached, c.silent}; got != want || h.Members != 2 || !h.Recorded {
			t.Errorf("%s: messages, speakers, reached, silent = %v, want %v (members %d, recorded %v)",
				c.name, got, want, h.Members, h.Recorded)
		}
	}
	if h, _ := f.act.Health(ctx, a.ID, from, from.AddDate(0, 0, 2)); h.Heatmap[0][20] != 1 || h.Heatmap[1][9] != 0 {
		t.Errorf("group one's heatmap counts its messages only: Monday 20h %d, Tuesday 9h %d", h.Heatmap[0][20], h.Heatmap[1][9])
	}
}
