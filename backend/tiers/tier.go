package tiers

import "time"

// tierRank orders tiers for hysteresis: higher is better.
var tierRank = map[Tier]int{Invalid: 0, Dormant: 1, Lurker: 2, Active: 3, Core: 4}

// tierOf places a scored member, without hysteresis. In order: never
// interacted → invalid; silent DormantDays or more → dormant whatever the
// score; then by RFM total: CoreMin → core, ActiveMin → active, LurkerMin →
// lurker, below that → dormant.
func tierOf(sc *scored, s Settings) Tier {
	switch t := sc.total(); {
	case !sc.valid:
		return Invalid
	case sc.days >= s.DormantDays:
		return Dormant
	case t >= s.CoreMin:
		return Core
	case t >= s.ActiveMin:
		return Active
	case t >= s.LurkerMin:
		return Lurker
	default:
		return Dormant
	}
}

// tierRule explains tierOf's answer t.
func (r *run) tierRule(t Tier, sc *scored) Rule {
	s := r.s
	switch {
	case t == Invalid:
		return r.rule(ruleInvalid)
	case sc.days >= s.DormantDays:
		return r.rule(ruleDormant, float64(sc.days), float64(s.DormantDays))
	case t == Core:
		return r.scoreRule(ruleCore, sc, s.CoreMin)
	case t == Active:
		return r.scoreRule(ruleActive, sc, s.ActiveMin)
	case t == Lurker:
		return r.scoreRule(ruleLurker, sc, s.LurkerMin)
	default:
		return r.scoreRule(ruleDormantScore, sc, s.LurkerMin)
	}
}

// scoreRule shows the scores behind a score-based rule and the raw numbers.
func (r *run) scoreRule(sp *spec, sc *scored, min int) Rule {
	return r.rule(sp, float64(sc.r), float64(sc.f), float64(sc.m), float64(sc.total()), float64(min),
		float64(sc.days), float64(sc.count), float64(r.s.WindowDays))
}

// finalTier applies hysteresis to the computed tier t: a promotion applies
// at once, a demotion only once the member has stayed below the stored tier
// DemoteAfterDays (a move to invalid, which is a fact about the data, applies
// at once). It returns the tier, its rule, since when the member has had it,
// and since when a demotion has been held back (zero: none is).
func (r *run) finalTier(t Tier, rule Rule, st *Stats, sc *scored) (Tier, Rule, time.Time, time.Time) {
	prev, known := tierRank[st.PrevTier]
	switch {
	case !known:
		return t, rule, r.now, time.Time{}
	case t == st.PrevTier:
		return t, rule, sinceOr(st.PrevTierAt, r.now), time.Time{}
	case t == Invalid || tierRank[t] > prev:
		return t, rule, r.now, time.Time{}
	}
	low := sinceOr(st.PrevTierLowAt, r.now)
	left := holdLeft(low, r.now, r.s)
	if left == 0 {
		return t, rule, r.now, time.Time{}
	}
	held := r.rule(heldTier[t], float64(sc.r), float64(sc.f), float64(sc.m), float64(sc.total()),
		float64(sc.days), float64(sc.count), float64(r.s.WindowDays), float64(r.s.DemoteAfterDays), float64(left))
	return st.PrevTier, held, sinceOr(st.PrevTierAt, r.now), low
}
