package points_test

import (
	"context"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/points"
)

// Each rule from a small fixed history, by hand under the default rules
// (message 1 capped at 20 a day, reply 2, check-in 5 once a day, vote 3,
// 接龙 3, lottery 2, invitation 20, a point per 10 spent, violation -20).
// Totals are [all time, this month, this week] in the member's group.
func TestEachRule(t *testing.T) {
	for _, c := range []struct {
		name    string
		history func(f *fixture)
		want    [3]int64
	}{
		{"messages capped at 20 a day", func(f *fixture) { f.events(f.a, f.g1, "message", "2026-11-18 09:00", 25, 0) }, [3]int64{20, 20, 20}},
		{"the cap starts again each day", func(f *fixture) {
			f.events(f.a, f.g1, "message", "2026-11-17 23:59", 21, 0)
			f.events(f.a, f.g1, "message", "2026-11-18 00:00", 2, 0)
		}, [3]int64{22, 22, 22}},
		{"comments and posts are messages", func(f *fixture) {
			f.events(f.a, f.g1, "comment", "2026-11-18 09:00", 2, 0)
			f.events(f.a, f.g1, "post", "2026-11-18 09:00", 1, 0)
		}, [3]int64{3, 3, 3}},
		{"replies and mentions", func(f *fixture) {
			f.events(f.a, f.g1, "reply", "2026-11-18 09:00", 3, 0)
			f.events(f.a, f.g1, "mention", "2026-11-18 09:00", 1, 0)
		}, [3]int64{8, 8, 8}},
		{"a check-in once a day", func(f *fixture) {
			f.events(f.a, f.g1, "checkin", "2026-11-17 08:00", 2, 0)
			f.events(f.a, f.g1, "checkin", "2026-11-18 08:00", 1, 0)
		}, [3]int64{10, 10, 10}},
		{"接龙 entries", func(f *fixture) { f.events(f.a, f.g1, "jielong", "2026-11-18 09:00", 2, 0) }, [3]int64{6, 6, 6}},
		{"purchases by amount, a point per 10", func(f *fixture) {
			f.events(f.a, f.g1, "purchase", "2026-11-18 09:00", 1, 95)
			f.events(f.a, f.g1, "purchase", "2026-11-18 10:00", 1, 30)
		}, [3]int64{12, 12, 12}},
		{"likes, shares and tips earn nothing", func(f *fixture) {
			f.events(f.a, f.g1, "like", "2026-11-18 09:00", 4, 0)
			f.events(f.a, f.g1, "tip", "2026-11-18 09:00", 1, 50)
		}, [3]int64{0, 0, 0}},
		{"a vote", func(f *fixture) { f.vote(f.a, f.g1, "2026-11-18T03:00:00Z") }, [3]int64{3, 3, 3}},
		{"a lottery entry, once however often listed", func(f *fixture) { f.lottery(f.g1, "2026-11-10T03:00:00Z", f.a, f.a) }, [3]int64{2, 2, 0}},
		{"an accepted invitation; a declined one earns nothing", func(f *fixture) {
			f.invited(f.a, f.g1, "joined", "2026-09-01T03:00:00Z")
			f.invited(f.a, f.g1, "declined", "2026-11-18T03:00:00Z")
		}, [3]int64{20, 0, 0}},
		{"a violation costs", func(f *fixture) {
			f.events(f.a, f.g1, "checkin", "2026-11-17 08:00", 1, 0)
			f.violation(f.a, f.g1, "2026-11-17T09:00:00Z")
		}, [3]int64{-15, -15, -15}},
		{"week and month boundaries", func(f *fixture) {
			f.events(f.a, f.g1, "reply", "2026-10-31 23:59", 1, 0) // last month
			f.events(f.a, f.g1, "reply", "2026-11-01 00:00", 1, 0) // this month, last week
			f.events(f.a, f.g1, "reply", "2026-11-15 23:59", 1, 0) // Sunday: last week
			f.events(f.a, f.g1, "reply", "2026-11-16 00:00", 1, 0) // Monday: this week
		}, [3]int64{8, 6, 2}},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			c.history(f)
			if got := f.totals(f.a, f.g1); got != c.want {
				t.Errorf("group totals = %v, want %v", got, c.want)
			}
			if got := f.stored(f.a, 0); got != c.want {
				t.Errorf("all-groups totals = %v, want %v", got, c.want)
			}
			b, err := f.s.Member(f.ctx, f.a, now, "en")
			if err != nil {
				t.Fatal(err)
			}
			if got := [3]int64{b.Total, b.Month, b.Week}; got != c.want {
				t.Errorf("drawer breakdown = %v, want %v", got, c.want)
			}
		})
	}
}

// A group's override replaces the workspace's rules in that group only.
func TestGroupOverride(t *testing.T) {
	f := newFixture(t)
	two, three := 2, 3
	if err := f.s.SaveOverride(f.ctx, f.g2, points.Override{Message: &two, MessageDailyCap: &three}); err != nil {
		t.Fatal(err)
	}
	f.events(f.a, f.g1, "message", "2026-11-18 09:00", 5, 0)
	f.events(f.a, f.g2, "message", "2026-11-18 09:00", 5, 0)
	f.events(f.a, 0, "message", "2026-11-18 09:00", 1, 0)
	for _, c := range []struct {
		scope int64
		want  int64
	}{{f.g1, 5}, {f.g2, 6}, {0, 12}} {
		if got := f.totals(f.a, c.scope)[0]; got != c.want {
			t.Errorf("scope %d: %d points, want %d", c.scope, got, c.want)
		}
	}
	// The workspace's rule changes; the group keeps its own.
	r := points.DefaultRules()
	r.Message = 4
	if err := f.s.SaveRules(f.ctx, r); err != nil {
		t.Fatal(err)
	}
	if got := f.totals(f.a, 0)[0]; got != 5*4+6+4 {
		t.Errorf("after the workspace's change: %d points, want %d", got, 5*4+6+4)
	}
}

// A manual award counts at once (no recompute) and its undo takes it back.
func TestManualAwardAndUndo(t *testing.T) {
	f := newFixture(t)
	f.events(f.a, f.g1, "checkin", "2026-11-18 08:00", 1, 0)
	f.totals(f.a, f.g1)
	m, err := f.s.Award(f.ctx, points.ManualInput{MemberID: f.a, GroupID: f.g1, Points: 50, Reason: "帮新人答疑"})
	if err != nil {
		t.Fatal(err)
	}
	if got := f.stored(f.a, f.g1); got != [3]int64{55, 55, 55} {
		t.Errorf("after the award = %v, want 55s", got)
	}
	if got := f.totals(f.a, 0); got != [3]int64{55, 55, 55} {
		t.Errorf("recomputed after the award = %v, want 55s", got)
	}
	if err := f.s.Undo(f.ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	if got := f.stored(f.a, 0); got != [3]int64{5, 5, 5} {
		t.Errorf("after the undo = %v, want 5s", got)
	}
	if err := f.s.Undo(f.ctx, m.ID); err == nil {
		t.Error("a second undo succeeded")
	}
	list, err := f.s.ManualOf(f.ctx, f.a)
	if err != nil || len(list) != 1 || !list[0].Undone || list[0].Reason != "帮新人答疑" {
		t.Errorf("log = %+v, %v; want the award, undone", list, err)
	}
	if got := f.totals(f.a, 0); got != [3]int64{5, 5, 5} {
		t.Errorf("recomputed after the undo = %v, want 5s", got)
	}
}

func TestManualInputErrors(t *testing.T) {
	f := newFixture(t)
	if err := f.s.SaveOverride(f.ctx, 999, points.Override{}); err == nil {
		t.Error("an override of a missing group was saved")
	}
	for _, in := range []points.ManualInput{{MemberID: f.a, Points: 0, Reason: "x"}, {MemberID: f.a, Points: 5, Reason: "  "},
		{MemberID: 999, Points: 5, Reason: "x"}, {MemberID: f.a, GroupID: 999, Points: 5, Reason: "x"}} {
		if _, err := f.s.Award(f.ctx, in); err == nil {
			t.Errorf("Award(%+v) succeeded", in)
		}
	}
}

// A cancelled recompute stores nothing: the totals stay as they were.
func TestRecomputeCancelled(t *testing.T) {
	f := newFixture(t)
	f.events(f.a, f.g1, "checkin", "2026-11-17 08:00", 1, 0)
	f.totals(f.a, 0)
	f.events(f.a, f.g1, "checkin", "2026-11-18 08:00", 1, 0)
	ctx, cancel := context.WithCancel(f.ctx)
	cancel()
	if _, err := f.s.Recompute(ctx, now, nil); errs.CodeOf(err) != errs.Cancelled {
		t.Fatalf("cancelled recompute: %v, want cancelled", err)
	}
	if got := f.stored(f.a, 0); got != [3]int64{5, 5, 5} {
		t.Errorf("after the cancelled recompute = %v, want the 5s stored before", got)
	}
	if stale, err := f.s.Stale(f.ctx, now); err != nil || !stale {
		t.Errorf("stale = %v, %v; want stale", stale, err)
	}
}
