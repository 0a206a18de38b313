package planner

import (
	"slices"

	"qunzhu/backend/errs"
)

// Tiers an item may speak to, from the most engaged down.
var Tiers = []string{"core", "active", "lurker", "dormant"}

// Audience is who an item speaks to: a tier, or a saved segment (members'
// segments; the app checks it exists), or neither for the whole group.
type Audience struct {
	Tier    string
	Segment int64
}

// Whole is true when the item speaks to the whole group.
func (a Audience) Whole() bool { return a.Tier == "" && a.Segment == 0 }

func (a Audience) validate(f errs.Fields) {
	if a.Tier != "" && !slices.Contains(Tiers, a.Tier) {
		f.Add("audience", "err.planner.audience_tier", errs.Params{"Value": a.Tier})
	}
	if a.Tier != "" && a.Segment != 0 {
		f.Add("audience", "err.planner.audience_both", nil)
	}
	if a.Segment < 0 {
		f.Add("audience", "err.planner.audience_segment", nil)
	}
}
