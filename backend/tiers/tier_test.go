package tiers

import (
	"testing"
	"time"
)

// Every tier threshold: exactly at it, one below, one above.
func TestTierThresholds(t *testing.T) {
	s := DefaultSettings()
	// total spread as R F M so each stays within 1..5.
	sc := func(total, days int) scored {
		r := min(5, total-2)
		f := min(5, total-r-1)
		return scored{valid: true, days: days, r: r, f: f, m: total - r - f}
	}
	cases := []struct {
		total, days int
		want        Tier
	}{
		{s.CoreMin + 1, 0, Core}, {s.CoreMin, 0, Core}, {s.CoreMin - 1, 0, Active},
		{s.ActiveMin + 1, 0, Active}, {s.ActiveMin, 0, Active}, {s.ActiveMin - 1, 0, Lurker},
		{s.LurkerMin + 1, 0, Lurker}, {s.LurkerMin, 0, Lurker}, {s.LurkerMin - 1, 0, Dormant},
		{15, s.DormantDays - 1, Core}, {15, s.DormantDays, Dormant}, {15, s.DormantDays + 1, Dormant},
	}
	for _, c := range cases {
		m := sc(c.total, c.days)
		if m.total() != c.total {
			t.Fatalf("bad fixture %+v for total %d", m, c.total)
		}
		got := tierOf(&m, s)
		if got != c.want {
			t.Errorf("total %d, %d days: %s, want %s", c.total, c.days, got, c.want)
		}
		rule := newRun(now, s).tierRule(got, &m)
		wantKey := map[Tier]string{Core: "ui.tiers.rule.core", Active: "ui.tiers.rule.active", Lurker: "ui.tiers.rule.lurker"}[got]
		switch {
		case got == Dormant && c.days >= s.DormantDays:
			wantKey = "ui.tiers.rule.dormant"
		case got == Dormant:
			wantKey = "ui.tiers.rule.dormant_score"
		}
		if rule.Key != wantKey {
			t.Errorf("total %d, %d days: rule %s, want %s", c.total, c.days, rule.Key, wantKey)
		}
		if wantKey != "ui.tiers.rule.dormant" && rule.Params["Total"] != c.total {
			t.Errorf("rule params %v lack Total %d", rule.Params, c.total)
		}
	}
}

// The dormant and invalid rules through Compute, on real timestamps.
func TestTierDormantAndInvalid(t *testing.T) {
	s := DefaultSettings()
	sys := talker(6, 5, 0) // a last "interaction" in the window with nothing counted
	stats := []Stats{
		talker(1, float64(s.DormantDays)-1.0/86400, 3), // 29 days 23:59:59
		talker(2, float64(s.DormantDays), 3),
		talker(3, float64(s.DormantDays)+1, 3),
		talker(4, 120, 0), // long gone, outside the window: dormant, not invalid
		{MemberID: 5},     // never
		sys,
	}
	got := byID(Compute(stats, now, s))
	for id, want := range map[int64]Tier{2: Dormant, 3: Dormant, 4: Dormant, 5: Invalid, 6: Invalid} {
		if got[id].Tier != want {
			t.Errorf("member %d: %s (%s), want %s", id, got[id].Tier, got[id].TierRule.Key, want)
		}
	}
	if r := got[1]; r.Tier == Dormant || r.Recency != s.DormantDays-1 {
		t.Errorf("member 1, 29 days: %s, recency %d", r.Tier, r.Recency)
	}
	if r := got[2]; r.TierRule.Params["Days"] != 30 || r.TierRule.Params["Limit"] != 30 {
		t.Errorf("dormant rule params %v", r.TierRule.Params)
	}
	if r := got[5]; r.Recency != -1 || r.R != 0 || r.TierRule.Key != "ui.tiers.rule.invalid" {
		t.Errorf("never-interacted member: %+v", r)
	}
}

// Promote at once; demote only after DemoteAfterDays below the tier.
func TestTierHysteresis(t *testing.T) {
	s := DefaultSettings() // DemoteAfterDays 7
	sc := scored{valid: true, days: 1, r: 3, f: 3, m: 3}
	set, long := ago(3), ago(100)
	none := time.Time{}
	cases := []struct {
		name          string
		computed      Tier
		prev          Tier
		prevAt, lowAt time.Time
		want          Tier
		key           string
		since, low    time.Time
	}{
		{"first run", Active, "", none, none, Active, "ui.tiers.rule.active", now, none},
		{"unchanged keeps since", Active, Active, set, none, Active, "ui.tiers.rule.active", set, none},
		{"unchanged, since unknown", Active, Active, none, none, Active, "ui.tiers.rule.active", now, none},
		{"back up clears the pending demotion", Active, Active, long, ago(3), Active, "ui.tiers.rule.active", long, none},
		{"promotion at once", Core, Lurker, ago(0.1), none, Core, "ui.tiers.rule.core", now, none},
		{"first day below: held, however long the tier was kept", Lurker, Core, long, none, Core, "ui.tiers.rule.held", long, now},
		{"held while below for less than the delay", Lurker, Core, long, set, Core, "ui.tiers.rule.held", long, set},
		{"held one second before", Lurker, Core, long, ago(7).Add(time.Second), Core, "ui.tiers.rule.held", long, ago(7).Add(time.Second)},
		{"applied exactly at", Lurker, Core, long, ago(7), Lurker, "ui.tiers.rule.lurker", now, none},
		{"applied after", Lurker, Core, long, ago(8), Lurker, "ui.tiers.rule.lurker", now, none},
		{"invalid at once", Invalid, Core, set, none, Invalid, "ui.tiers.rule.invalid", now, none},
	}
	for _, c := range cases {
		st := Stats{PrevTier: c.prev, PrevTierAt: c.prevAt, PrevTierLowAt: c.lowAt}
		m := sc
		m.valid = c.computed != Invalid
		r := newRun(now, s)
		got, rule, since, low := r.finalTier(c.computed, r.tierRule(c.computed, &m), &st, &m)
		if got != c.want || rule.Key != c.key || !since.Equal(c.since) || !low.Equal(c.low) {
			t.Errorf("%s: %s %s since %v low %v, want %s %s since %v low %v", c.name, got, rule.Key, since, low,
				c.want, c.key, c.since, c.low)
		}
	}
	st := Stats{PrevTier: Core, PrevTierAt: long, PrevTierLowAt: set}
	_, rule, _, _ := newRun(now, s).finalTier(Lurker, Rule{}, &st, &sc)
	if rule.Params["To"] != "lurker" || rule.Params["Left"] != 4 || rule.Params["Hold"] != 7 || rule.Params["Total"] != 9 {
		t.Errorf("held params %v", rule.Params)
	}
}

// Run after run, the stored tier fed back: a dip is absorbed, a lasting
// drop is applied after the delay counted from its first day (a good day in
// between starts the count again), a recovery is immediate; a member who
// held core for months does not flap on a single bad day.
func TestTierHysteresisOverTime(t *testing.T) {
	s := DefaultSettings()
	computed := []Tier{Core, Active, Core, Active, Active, Active, Active, Active, Active, Active, Active, Core, Core}
	want := []Tier{Core, Core, Core, Core, Core, Core, Core, Core, Core, Core, Active, Core, Core}
	st := Stats{PrevTier: Core, PrevTierAt: now.AddDate(0, 0, -200)}
	sc := scored{valid: true}
	for d, c := range computed {
		at := now.Add(time.Duration(d) * day)
		got, _, since, low := newRun(at, s).finalTier(c, Rule{Key: "x"}, &st, &sc)
		if got != want[d] {
			t.Errorf("day %d: computed %s, got %s, want %s", d, c, got, want[d])
		}
		st.PrevTier, st.PrevTierAt, st.PrevTierLowAt = got, since, low
	}
}

// End to end: a member whose silence makes them dormant keeps the stored
// tier while the hold lasts.
func TestComputeHeld(t *testing.T) {
	s := DefaultSettings()
	st := talker(1, 35, 4)
	st.PrevTier, st.PrevTierAt, st.PrevTierLowAt = Active, ago(60), ago(2)
	r := Compute([]Stats{st, talker(2, 0, 30)}, now, s)[0]
	if r.Tier != Active || r.TierRule.Key != "ui.tiers.rule.held" || r.TierRule.Params["To"] != "dormant" ||
		!r.TierSince.Equal(ago(60)) || !r.TierLowSince.Equal(ago(2)) {
		t.Errorf("held member: %s %s %v since %v", r.Tier, r.TierRule.Key, r.TierRule.Params, r.TierSince)
	}
	if !r.Slipping {
		t.Errorf("an active member silent 35 days is not slipping")
	}
}
