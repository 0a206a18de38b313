package tiers

import "time"

// Compute scores every member against the others and places each in a
// tier, a lifecycle stage and a role, with the lists they belong on. The
// results are in the order of stats; results with the same rule and numbers
// share their Params map, so treat Params as read-only. Settings are used as
// given: validate them first.
func Compute(stats []Stats, now time.Time, s Settings) []Result {
	scores := score(stats, now, s)
	r := newRun(now, s)
	out := make([]Result, len(stats))
	for i := range stats {
		out[i] = r.result(&stats[i], &scores[i])
	}
	return out
}

// Preview counts the members per tier the settings give, without
// hysteresis: the shares the thresholds themselves produce, for the settings
// screen. Every tier is present, with 0 when empty.
func Preview(stats []Stats, now time.Time, s Settings) map[Tier]int {
	out := make(map[Tier]int, len(Tiers))
	for _, t := range Tiers {
		out[t] = 0
	}
	scores := score(stats, now, s)
	for i := range scores {
		out[tierOf(&scores[i], s)]++
	}
	return out
}

// result places one scored member.
func (r *run) result(st *Stats, sc *scored) Result {
	res := Result{MemberID: st.MemberID, R: sc.r, F: sc.f, M: sc.m,
		Recency: sc.days, Frequency: sc.count, Monetary: sc.money}
	t := tierOf(sc, r.s)
	res.Tier, res.TierRule, res.TierSince, res.TierLowSince = r.finalTier(t, r.tierRule(t, sc), st, sc)
	g, rule := r.stageOf(st, sc)
	res.Stage, res.StageRule, res.StageSince, res.StageLowSince = r.finalStage(g, rule, st, sc)
	res.Role, res.RoleRule = r.roleOf(st, sc)
	r.lists(&res, st, sc)
	return res
}
