package tiers

import (
	"testing"
	"time"
)

// listed runs lists for one member whose tier and stage are given.
func listed(st Stats, tier Tier, stage Stage) Result {
	s := DefaultSettings()
	sc := raw(&st, now, s)
	r := Result{Tier: tier, Stage: stage}
	newRun(now, s).lists(&r, &st, &sc)
	return r
}

func TestSlipping(t *testing.T) {
	cases := []struct {
		name string
		days float64
		prev Tier
		tier Tier
		want bool
	}{
		{"13 days", 13, Active, Active, false},
		{"exactly 14", 14, Active, Active, true},
		{"15 days", 15, Core, Lurker, true},
		{"stored core, now dormant", 40, Core, Dormant, true},
		{"first run, active now", 14, "", Active, true},
		{"never core or active", 20, Lurker, Lurker, false},
	}
	for _, c := range cases {
		st := talker(1, c.days, 5)
		st.PrevTier = c.prev
		r := listed(st, c.tier, StageSteady)
		if r.Slipping != c.want {
			t.Errorf("%s: slipping %v, want %v", c.name, r.Slipping, c.want)
		}
		if c.want && (len(r.ListRules) != 1 || r.ListRules[0].Key != "ui.tiers.list_rule.slipping" || r.ListRules[0].Params["Days"] != int(c.days)) {
			t.Errorf("%s: rules %v", c.name, r.ListRules)
		}
	}
}

func TestNewPromising(t *testing.T) {
	cases := []struct {
		name   string
		joined float64 // days ago; negative: unknown
		first  float64
		tier   Tier
		stage  Stage
		want   bool
	}{
		{"29 days, active", 29, 29, Active, StageObserving, true},
		{"exactly 30, core", 30, 30, Core, StageObserving, true},
		{"31 days", 31, 31, Core, StageMature, false},
		{"30 days, lurker but steady", 30, 30, Lurker, StageSteady, true},
		{"30 days, lurker and observing", 30, 30, Lurker, StageObserving, false},
		{"join unknown, first seen 10 days ago", -1, 10, Active, StageGrowing, true},
		{"join unknown, first seen long ago", -1, 200, Active, StageGrowing, false},
	}
	for _, c := range cases {
		st := talker(1, 0, 10)
		st.FirstAt, st.JoinedAt = ago(c.first), ago(c.joined)
		if c.joined < 0 {
			st.JoinedAt = time.Time{}
		}
		r := listed(st, c.tier, c.stage)
		if r.NewPromising != c.want {
			t.Errorf("%s: new and promising %v, want %v", c.name, r.NewPromising, c.want)
		}
	}
}

func TestKOC(t *testing.T) {
	cases := []struct {
		starts, replies int
		tier            Tier
		want            bool
	}{
		{4, 20, Active, false}, {5, 20, Active, true}, {6, 20, Active, true},
		{5, 19, Active, false}, {5, 21, Lurker, true},
		{9, 99, Dormant, false}, {9, 99, Invalid, false},
	}
	for _, c := range cases {
		st := talker(1, 1, 50)
		st.Starts, st.Replies = c.starts, c.replies
		r := listed(st, c.tier, StageSteady)
		if r.KOC != c.want {
			t.Errorf("%d starts, %d replies, %s: KOC %v, want %v", c.starts, c.replies, c.tier, r.KOC, c.want)
		}
		if c.want && (r.ListRules[0].Params["Starts"] != c.starts || r.ListRules[0].Params["Replies"] != c.replies) {
			t.Errorf("KOC rule %v", r.ListRules)
		}
	}
}

// Several lists at once: rules in the order Slipping, NewPromising, KOC.
func TestListRulesOrder(t *testing.T) {
	st := talker(1, 15, 40)
	st.JoinedAt, st.FirstAt = ago(20), ago(20)
	st.Starts, st.Replies = 5, 20
	r := listed(st, Active, StageObserving)
	keys := []string{}
	for _, rule := range r.ListRules {
		keys = append(keys, rule.Key)
	}
	want := []string{"ui.tiers.list_rule.slipping", "ui.tiers.list_rule.new_promising", "ui.tiers.list_rule.koc"}
	if len(keys) != 3 || keys[0] != want[0] || keys[1] != want[1] || keys[2] != want[2] {
		t.Errorf("rules %v, want %v", keys, want)
	}
}

func TestRole(t *testing.T) {
	s := DefaultSettings()
	cases := []struct {
		name   string
		posts  int
		count  int
		joined float64
		want   Role
	}{
		{"2 posts", 2, 90, 400, Interactor},
		{"exactly 3 posts", 3, 0, 400, Creator},
		{"4 posts", 4, 5, 400, Creator},
		{"exactly 2 a week over 14 days", 0, 4, 14, Interactor},
		{"one below", 0, 3, 14, Observer},
		{"one above", 0, 5, 14, Interactor},
		{"window of 90 days: 25 is below 2 a week", 0, 25, 400, Observer},
		{"window of 90 days: 26 is above", 0, 26, 400, Interactor},
		{"joined 2 days ago counts as a week: 2", 0, 2, 2, Interactor},
		{"joined 2 days ago counts as a week: 1", 0, 1, 2, Observer},
	}
	for _, c := range cases {
		st := talker(1, 1, c.count)
		st.Posts, st.JoinedAt = c.posts, ago(c.joined)
		sc := raw(&st, now, s)
		got, rule := newRun(now, s).roleOf(&st, &sc)
		if got != c.want || rule.Key != "ui.tiers.role_rule."+string(c.want) {
			t.Errorf("%s: %s (%s), want %s", c.name, got, rule.Key, c.want)
		}
	}
}
