package tiers

import (
	"math"
	"time"
)

// stageRank orders the ranked stages for hysteresis; declining has none.
var stageRank = map[Stage]int{StageDormant: 0, StageObserving: 1, StageSteady: 2, StageGrowing: 3, StageMature: 4}

// stageOf places a member in the lifecycle (seed 001) and says why. The
// rates are the last 7 days' (Daily7), so the stage is what the member does
// now; the tier is the longer view. In order:
//
//   - never interacted: observing if they joined less than DormantDays ago,
//     else dormant;
//   - silent DormantDays or more: dormant;
//   - Daily7 below Baseline×DeclineRatio, with a Baseline of at least
//     DeclineMinPerDay: declining (a sharp drop against their own habit);
//   - more than MaturePerDay a day and at least one content post in the
//     window: mature;
//   - at least GrowingPerDay a day: growing (also above MaturePerDay without
//     posts: the missing content keeps them out of mature);
//   - fewer than ObservingPerWeek a week: observing;
//   - in between: steady.
func (r *run) stageOf(st *Stats, sc *scored) (Stage, Rule) {
	s, d7 := r.s, st.Daily7
	switch {
	case !sc.valid:
		return r.neverStage(st)
	case sc.days >= s.DormantDays:
		return StageDormant, r.rule(stageDormant, float64(sc.days), float64(s.DormantDays))
	case st.Baseline > 0 && st.Baseline >= s.DeclineMinPerDay && d7 < st.Baseline*s.DeclineRatio:
		return StageDeclining, r.rule(stageDeclining, round1(d7), round1(st.Baseline),
			math.Round(d7/st.Baseline*100), math.Round(s.DeclineRatio*100))
	case d7 > s.MaturePerDay && st.Posts > 0:
		return StageMature, r.rule(stageMature, float64(st.Posts), float64(s.WindowDays), round1(d7), s.MaturePerDay)
	case d7 > s.MaturePerDay:
		return StageGrowing, r.rule(stageGrowingNoPosts, float64(s.WindowDays), round1(d7), s.MaturePerDay)
	case d7 >= s.GrowingPerDay:
		return StageGrowing, r.rule(stageGrowing, round1(d7), s.GrowingPerDay, s.MaturePerDay)
	case d7 < s.ObservingPerWeek/7:
		return StageObserving, r.rule(stageObserving, round1(d7*7), s.ObservingPerWeek)
	default:
		return StageSteady, r.rule(stageSteady, round1(d7*7), s.ObservingPerWeek, s.GrowingPerDay)
	}
}

// neverStage places a member who never interacted: a newcomer watching
// (observing) or long gone (dormant).
func (r *run) neverStage(st *Stats) (Stage, Rule) {
	if joined := daysSince(st.JoinedAt, r.now); joined >= 0 && joined < r.s.DormantDays {
		return StageObserving, r.rule(stageNeverNew, float64(joined))
	}
	return StageDormant, r.rule(stageNever)
}

// finalStage applies hysteresis as finalTier does. Declining is an alert,
// not a rank: entering or leaving it applies at once, as does any move of a
// member who never interacted.
func (r *run) finalStage(g Stage, rule Rule, st *Stats, sc *scored) (Stage, Rule, time.Time, time.Time) {
	prev, known := stageRank[st.PrevStage]
	switch {
	case g == st.PrevStage:
		return g, rule, sinceOr(st.PrevStageAt, r.now), time.Time{}
	case !known || !sc.valid || g == StageDeclining || stageRank[g] > prev:
		return g, rule, r.now, time.Time{}
	}
	low := sinceOr(st.PrevStageLowAt, r.now)
	left := holdLeft(low, r.now, r.s)
	if left == 0 {
		return g, rule, r.now, time.Time{}
	}
	held := r.rule(heldStage[g], float64(r.s.DemoteAfterDays), float64(left), round1(st.Daily7*7))
	return st.PrevStage, held, sinceOr(st.PrevStageAt, r.now), low
}

// round1 rounds to one decimal, for numbers shown to the user.
func round1(x float64) float64 { return math.Round(x*10) / 10 }
