package tiers

import (
	"math"
	"time"
)

// A spec is a rule's i18n key and the names of the numbers it shows: ints
// first, then floats, in the order the values are passed. fixed adds
// params that are not numbers (the tier or stage a held demotion leads to).
type spec struct {
	key    string
	ints   []string
	floats []string
	fixed  map[string]any
}

// maxParams bounds the numbers one rule shows.
const maxParams = 10

var scoreNames = []string{"R", "F", "M", "Total", "Min", "Days", "Count", "Window"}

// The rules the engine emits; locale_keys.json has their texts.
var (
	ruleCore         = &spec{key: "ui.tiers.rule.core", ints: scoreNames}
	ruleActive       = &spec{key: "ui.tiers.rule.active", ints: scoreNames}
	ruleLurker       = &spec{key: "ui.tiers.rule.lurker", ints: scoreNames}
	ruleDormantScore = &spec{key: "ui.tiers.rule.dormant_score", ints: scoreNames}
	ruleDormant      = &spec{key: "ui.tiers.rule.dormant", ints: []string{"Days", "Limit"}}
	ruleInvalid      = &spec{key: "ui.tiers.rule.invalid"}

	stageNever          = &spec{key: "ui.tiers.stage_rule.never"}
	stageNeverNew       = &spec{key: "ui.tiers.stage_rule.never_new", ints: []string{"Days"}}
	stageDormant        = &spec{key: "ui.tiers.stage_rule.dormant", ints: []string{"Days", "Limit"}}
	stageDeclining      = &spec{key: "ui.tiers.stage_rule.declining", floats: []string{"PerDay", "Baseline", "Percent", "Ratio"}}
	stageMature         = &spec{key: "ui.tiers.stage_rule.mature", ints: []string{"Posts", "Window"}, floats: []string{"PerDay", "Min"}}
	stageGrowingNoPosts = &spec{key: "ui.tiers.stage_rule.growing_no_posts", ints: []string{"Window"}, floats: []string{"PerDay", "Min"}}
	stageGrowing        = &spec{key: "ui.tiers.stage_rule.growing", floats: []string{"PerDay", "Min", "Max"}}
	stageSteady         = &spec{key: "ui.tiers.stage_rule.steady", floats: []string{"PerWeek", "Min", "Max"}}
	stageObserving      = &spec{key: "ui.tiers.stage_rule.observing", floats: []string{"PerWeek", "Min"}}

	roleCreator    = &spec{key: "ui.tiers.role_rule.creator", ints: []string{"Posts", "Window"}}
	roleInteractor = &spec{key: "ui.tiers.role_rule.interactor", ints: []string{"Count", "Days"}, floats: []string{"PerWeek"}}
	roleObserver   = &spec{key: "ui.tiers.role_rule.observer", ints: []string{"Count", "Days"}, floats: []string{"PerWeek", "Min"}}

	listSlipping     = &spec{key: "ui.tiers.list_rule.slipping", ints: []string{"Days", "Limit"}}
	listNewPromising = &spec{key: "ui.tiers.list_rule.new_promising", ints: []string{"Days", "Count"}, floats: []string{"PerWeek"}}
	listKOC          = &spec{key: "ui.tiers.list_rule.koc", ints: []string{"Starts", "Replies", "Window"}}

	// heldTier and heldStage: a demotion held back, one spec per target.
	heldTier  = heldSpecs("ui.tiers.rule.held", []string{"R", "F", "M", "Total", "Days", "Count", "Window", "Hold", "Left"}, nil, Tiers)
	heldStage = heldSpecs("ui.tiers.stage_rule.held", []string{"Hold", "Left"}, []string{"PerWeek"}, Stages)
)

func heldSpecs[T ~string](key string, ints, floats []string, targets []T) map[T]*spec {
	out := make(map[T]*spec, len(targets))
	for _, t := range targets {
		out[t] = &spec{key: key, ints: ints, floats: floats, fixed: map[string]any{"To": string(t)}}
	}
	return out
}

// run is one Compute call: its clock, its settings, and the params already
// built.
type run struct {
	now  time.Time
	s    Settings
	memo map[memoKey]map[string]any
}

// memoKey is a rule and its numbers, as bits so the key hashes as plain memory.
type memoKey struct {
	sp *spec
	v  [maxParams]uint64
}

func newRun(now time.Time, s Settings) *run {
	return &run{now: now, s: s, memo: map[memoKey]map[string]any{}}
}

// rule returns sp's rule showing vals (ints as int, floats as float64).
// Members with the same rule and the same numbers share one Params map —
// in a large group most do, and building a map per member would cost most
// of Compute's time — so treat Params as read-only.
func (r *run) rule(sp *spec, vals ...float64) Rule {
	k := memoKey{sp: sp}
	for i, v := range vals {
		k.v[i] = math.Float64bits(v)
	}
	p, ok := r.memo[k]
	if !ok {
		p = make(map[string]any, len(vals)+len(sp.fixed))
		for i, name := range sp.ints {
			p[name] = int(vals[i])
		}
		for i, name := range sp.floats {
			p[name] = vals[len(sp.ints)+i]
		}
		for name, v := range sp.fixed {
			p[name] = v
		}
		r.memo[k] = p
	}
	return Rule{Key: sp.key, Params: p}
}
