package tiers

import (
	"math"
	"testing"
	"time"
)

func below(x float64) float64 { return math.Nextafter(x, math.Inf(-1)) }
func above(x float64) float64 { return math.Nextafter(x, math.Inf(1)) }

// Every lifecycle threshold: exactly at it, just below, just above.
func TestStageThresholds(t *testing.T) {
	s := DefaultSettings()
	obs := s.ObservingPerWeek / 7
	cases := []struct {
		name         string
		daily7, base float64
		posts        int
		want         Stage
		key          string
	}{
		{"observing: just below 2 a week", below(obs), 0, 0, StageObserving, "ui.tiers.stage_rule.observing"},
		{"observing: one interaction below", 1.0 / 7, 0, 0, StageObserving, "ui.tiers.stage_rule.observing"},
		{"observing: exactly 2 a week is steady", obs, 0, 0, StageSteady, "ui.tiers.stage_rule.steady"},
		{"observing: just above", above(obs), 0, 0, StageSteady, "ui.tiers.stage_rule.steady"},
		{"growing: just below 3 a day", below(3), 0, 0, StageSteady, "ui.tiers.stage_rule.steady"},
		{"growing: exactly 3", 3, 0, 0, StageGrowing, "ui.tiers.stage_rule.growing"},
		{"growing: just above", above(3), 0, 0, StageGrowing, "ui.tiers.stage_rule.growing"},
		{"mature: exactly 5 is growing", 5, 0, 3, StageGrowing, "ui.tiers.stage_rule.growing"},
		{"mature: just below", below(5), 0, 3, StageGrowing, "ui.tiers.stage_rule.growing"},
		{"mature: just above, with posts", above(5), 0, 1, StageMature, "ui.tiers.stage_rule.mature"},
		{"mature: above, no posts", 9, 0, 0, StageGrowing, "ui.tiers.stage_rule.growing_no_posts"},
		{"declining: exactly at the ratio", 2 * s.DeclineRatio, 2, 0, StageSteady, "ui.tiers.stage_rule.steady"},
		{"declining: just below the ratio", below(2 * s.DeclineRatio), 2, 0, StageDeclining, "ui.tiers.stage_rule.declining"},
		{"declining: just above the ratio", above(2 * s.DeclineRatio), 2, 0, StageSteady, "ui.tiers.stage_rule.steady"},
		{"declining: baseline exactly at the minimum", 0, s.DeclineMinPerDay, 0, StageDeclining, "ui.tiers.stage_rule.declining"},
		{"declining: baseline just below the minimum", 0, below(s.DeclineMinPerDay), 0, StageObserving, "ui.tiers.stage_rule.observing"},
		{"declining: baseline above the minimum", 0, above(s.DeclineMinPerDay), 0, StageDeclining, "ui.tiers.stage_rule.declining"},
		{"declining beats mature", 6, 20, 5, StageDeclining, "ui.tiers.stage_rule.declining"},
	}
	for _, c := range cases {
		st := talker(1, 0, 20)
		st.Daily7, st.Baseline, st.Posts = c.daily7, c.base, c.posts
		sc := raw(&st, now, s)
		got, rule := newRun(now, s).stageOf(&st, &sc)
		if got != c.want || rule.Key != c.key {
			t.Errorf("%s: %s (%s), want %s (%s)", c.name, got, rule.Key, c.want, c.key)
		}
	}
}

func TestStageDormantAndNever(t *testing.T) {
	s := DefaultSettings()
	cases := []struct {
		name string
		st   Stats
		want Stage
		key  string
	}{
		{"silent a day short", talker(1, 29.9, 3), StageObserving, "ui.tiers.stage_rule.observing"},
		{"silent exactly 30 days", talker(1, 30, 3), StageDormant, "ui.tiers.stage_rule.dormant"},
		{"silent 31 days", talker(1, 31, 3), StageDormant, "ui.tiers.stage_rule.dormant"},
		{"never, joined 29 days ago", Stats{JoinedAt: ago(29)}, StageObserving, "ui.tiers.stage_rule.never_new"},
		{"never, joined 30 days ago", Stats{JoinedAt: ago(30)}, StageDormant, "ui.tiers.stage_rule.never"},
		{"never, joined 31 days ago", Stats{JoinedAt: ago(31)}, StageDormant, "ui.tiers.stage_rule.never"},
		{"never, join unknown", Stats{}, StageDormant, "ui.tiers.stage_rule.never"},
	}
	for _, c := range cases {
		sc := raw(&c.st, now, s)
		got, rule := newRun(now, s).stageOf(&c.st, &sc)
		if got != c.want || rule.Key != c.key {
			t.Errorf("%s: %s (%s), want %s (%s)", c.name, got, rule.Key, c.want, c.key)
		}
	}
}

func TestStageHysteresis(t *testing.T) {
	s := DefaultSettings()
	valid := scored{valid: true}
	cases := []struct {
		name     string
		computed Stage
		prev     Stage
		prevAt   time.Time
		sc       scored
		want     Stage
		key      string
	}{
		{"promotion at once", StageMature, StageSteady, ago(1), valid, StageMature, "c"},
		{"demotion held", StageSteady, StageMature, ago(6), valid, StageMature, "ui.tiers.stage_rule.held"},
		{"demotion applied at 7 days below", StageSteady, StageMature, ago(7), valid, StageSteady, "c"},
		{"dormant held too", StageDormant, StageSteady, ago(2), valid, StageSteady, "ui.tiers.stage_rule.held"},
		{"first day below held", StageSteady, StageMature, time.Time{}, valid, StageMature, "ui.tiers.stage_rule.held"},
		{"declining enters at once", StageDeclining, StageMature, ago(1), valid, StageDeclining, "c"},
		{"declining leaves at once", StageObserving, StageDeclining, ago(1), valid, StageObserving, "c"},
		{"never-interacted at once", StageDormant, StageMature, ago(1), scored{}, StageDormant, "c"},
	}
	for _, c := range cases {
		entered := ago(90)
		st := Stats{PrevStage: c.prev, PrevStageAt: entered, PrevStageLowAt: c.prevAt, Daily7: 1}
		got, rule, since, low := newRun(now, s).finalStage(c.computed, Rule{Key: "c"}, &st, &c.sc)
		if got != c.want || rule.Key != c.key {
			t.Errorf("%s: %s (%s), want %s (%s)", c.name, got, rule.Key, c.want, c.key)
		}
		held := rule.Key != "c"
		if held && (!since.Equal(entered) || !low.Equal(sinceOr(c.prevAt, now))) || !held && (!since.Equal(now) || !low.IsZero()) {
			t.Errorf("%s: since %v, low since %v", c.name, since, low)
		}
		if rule.Key == "ui.tiers.stage_rule.held" && (rule.Params["To"] != string(c.computed) || rule.Params["PerWeek"] != 7.0) {
			t.Errorf("%s: held params %v", c.name, rule.Params)
		}
	}
}
