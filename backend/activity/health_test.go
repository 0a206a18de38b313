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
