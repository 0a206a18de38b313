package activity_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
)

// whatsappLines writes n messages a day for days days before now, for one sender.
func whatsappLines(sender string, now time.Time, days, perDay int) []string {
	var out []string
	for d := days; d >= 1; d-- {
		day := now.AddDate(0, 0, -d)
		for i := range perDay {
			out = append(out, fmt.Sprintf("%s, %02d:%02d - %s: 消息 %d", day.Format("02.01.2006"), 8+i%12, i%60, sender, i))
		}
	}
	return out
}

// Recompute places busy members above quiet ones, stores the rule that
// placed each, and the member list shows and filters by it.
func TestRecomputeStoresTiersWithReasons(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	now := time.Now().UTC()
	var lines []string
	lines = append(lines, whatsappLines("活跃王", now, 20, 8)...)
	lines = append(lines, whatsappLines("偶尔来", now, 3, 1)...)
	lines = append(lines, whatsappLines("早就不来", now.AddDate(0, 0, -60), 5, 2)...)
	for i := range 12 {
		lines = append(lines, whatsappLines(fmt.Sprintf("粉丝%02d", i), now, 1+i, 1+i%3)...)
	}
	if _, err := f.act.Import(ctx, activityReq(f.write(t, "chat.txt", lines...)), nil); err != nil {
		t.Fatal(err)
	}
	silent, _ := f.members.Create(ctx, members.Input{Nickname: "从不说话", Platform: "whatsapp"})
	sum, err := f.act.Recompute(ctx, now)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, n := range sum.Tiers {
		total += n
	}
	if total != 16 || sum.Tiers["invalid"] != 1 || sum.Tiers["dormant"] != 1 {
		t.Fatalf("summary = %+v", sum)
	}
	rows, err := f.members.List(ctx, members.Query{Sort: "tier", Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	top := rows[0]
	if top.Nickname != "活跃王" || (top.Standing.Tier != "core" && top.Standing.Tier != "active") || top.Standing.F != 5 ||
		!strings.HasPrefix(top.Standing.TierRule.Key, "ui.tiers.rule.") || top.Standing.LastAt == nil {
		t.Errorf("top row = %+v %+v", top, top.Standing)
	}
	last := rows[len(rows)-1]
	if last.ID != silent.ID || last.Standing.Tier != "invalid" || last.Standing.Recency != -1 {
		t.Errorf("never-active member = %+v %+v", last, last.Standing)
	}
	core, err := f.members.Count(ctx, members.Filter{Tiers: []string{"core"}})
	if err != nil || core != sum.Tiers["core"] {
		t.Errorf("core filter counts %d, summary %d (%v)", core, sum.Tiers["core"], err)
	}
	tl, err := f.act.Timeline(ctx, top.ID, now, 90, 5)
	if err != nil || len(tl.Days) != 20 || tl.Days[0].Count != 8 || len(tl.Recent) != 5 || tl.Recent[0].Kind != "message" {
		t.Errorf("timeline = %+v, %v", tl, err)
	}
	// The preview under other settings stores nothing.
	set, _ := f.act.TierSettings(ctx)
	set.DormantDays = 200
	preview, err := f.act.PreviewTiers(ctx, set, now)
	if err != nil || preview["dormant"] != 0 {
		t.Errorf("preview = %v, %v", preview, err)
	}
	if again, _ := f.act.Recompute(ctx, now); again.Tiers["dormant"] != 1 {
		t.Errorf("a preview changed the saved settings: %v", again)
	}
}

// Re-scoring reports its progress up to 1000 and, cancelled, stores nothing.
func TestRecomputeProgressAndCancel(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	now := time.Now().UTC()
	if _, err := f.act.Import(ctx, activityReq(f.write(t, "chat.txt", whatsappLines("活跃王", now, 5, 3)...)), nil); err != nil {
		t.Fatal(err)
	}
	var seen []int
	if _, err := f.act.RecomputeWithProgress(ctx, now, func(p int) { seen = append(seen, p) }); err != nil {
		t.Fatal(err)
	}
	if len(seen) < 2 || seen[len(seen)-1] != 1000 {
		t.Errorf("progress = %v", seen)
	}
	f.db.Write().Exec(`DELETE FROM member_tiers`)
	cancelled, cancel := context.WithCancel(ctx)
	defer cancel()
	_, err := f.act.RecomputeWithProgress(cancelled, now, func(int) { cancel() })
	if errs.CodeOf(err) != errs.Cancelled {
		t.Fatalf("cancelled re-scoring: %v", err)
	}
	if n := f.count(t, `SELECT count(*) FROM member_tiers`); n != 0 {
		t.Errorf("a cancelled re-scoring stored %d rows", n)
	}
}

// A demotion is held from the first re-scoring that finds the member below
// their tier, however long they had held it, and applies once they have
// stayed below for the delay.
func TestRecomputeHoldsDemotionFromFirstDayBelow(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	now := time.Now().UTC()
	lines := whatsappLines("活跃王", now, 20, 8)
	for i := range 6 {
		lines = append(lines, whatsappLines(fmt.Sprintf("粉丝%02d", i), now, 1+i, 1)...)
	}
	if _, err := f.act.Import(ctx, activityReq(f.write(t, "chat.txt", lines...)), nil); err != nil {
		t.Fatal(err)
	}
	tierOf := func(at time.Time) members.Standing {
		t.Helper()
		if _, err := f.act.Recompute(ctx, at); err != nil {
			t.Fatal(err)
		}
		rows, err := f.members.List(ctx, members.Query{Filter: members.Filter{Search: "活跃王"}, Limit: 1})
		if err != nil || len(rows) != 1 || rows[0].Standing == nil {
			t.Fatalf("list = %+v, %v", rows, err)
		}
		return *rows[0].Standing
	}
	first := tierOf(now).Tier
	if first != "core" && first != "active" {
		t.Fatalf("a busy member starts as %s", first)
	}
	day := func(n int) time.Time { return now.AddDate(0, 0, n) }
	for _, c := range []struct {
		at   time.Time
		tier string
		key  string
		left float64
	}{
		{day(40), first, "ui.tiers.rule.held", 7}, // silent 40 days: dormant, held from today
		{day(43), first, "ui.tiers.rule.held", 4},
		{day(47), "dormant", "ui.tiers.rule.dormant", 0},
	} {
		got := tierOf(c.at)
		left, _ := got.TierRule.Params["Left"].(float64)
		if got.Tier != c.tier || got.TierRule.Key != c.key || left != c.left {
			t.Errorf("%s: %s %s left %v, want %s %s left %v", c.at.Format(time.DateOnly), got.Tier, got.TierRule.Key,
				got.TierRule.Params["Left"], c.tier, c.key, c.left)
		}
	}
}
