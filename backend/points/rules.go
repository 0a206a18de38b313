// Package points works out members' points from what Qunzhu already
// records — messages, replies, check-ins, 接龙 entries and purchases among
// the events; poll votes, lottery entries, accepted invitations and logged
// violations among the records — under rules set for the workspace and
// overridable per group, plus manual awards and deductions with a reason.
// The recompute job materializes the totals per member and scope for the
// leaderboards; levels name ranges of a member's all-time points.
package points

import "qunzhu/backend/errs"

// Rules say how many points each thing a member does is worth.
type Rules struct {
	Message         int     `json:"message"`         // a chat message, comment or post
	MessageDailyCap int     `json:"messageDailyCap"` // messages counted per member, group and day
	Reply           int     `json:"reply"`           // a reply to or @mention of someone
	Checkin         int     `json:"checkin"`         // 打卡, once a day
	Vote            int     `json:"vote"`            // a ballot in a poll
	Jielong         int     `json:"jielong"`         // a 接龙 entry
	Lottery         int     `json:"lottery"`         // entering a lottery
	Invitation      int     `json:"invitation"`      // an invitation accepted (the draft marked joined)
	PurchaseUnit    float64 `json:"purchaseUnit"`    // one point per this amount spent
	Violation       int     `json:"violation"`       // a logged violation (≤ 0)
}

// DefaultRules are the rules Qunzhu ships with: taking part earns a little
// each time, with chat capped so flooding does not pay; inviting and
// buying earn most; breaking the rules costs.
func DefaultRules() Rules {
	return Rules{Message: 1, MessageDailyCap: 20, Reply: 2, Checkin: 5, Vote: 3, Jielong: 3, Lottery: 2,
		Invitation: 20, PurchaseUnit: 10, Violation: -20}
}

// Limits of the rules.
const (
	MaxPoints   = 10000
	MaxCap      = 1000
	MaxUnit     = 1_000_000
	maxReason   = 200
	MaxManual   = 100000
	MaxLevels   = 10
	maxLevelLen = 20
	maxPerks    = 500
)

// Validate checks every rule, each problem under the rule's name.
func (r Rules) Validate() error {
	f := errs.Fields{}
	for _, c := range []struct {
		field    string
		v        int
		min, max int
	}{{"message", r.Message, 0, MaxPoints}, {"messageDailyCap", r.MessageDailyCap, 0, MaxCap},
		{"reply", r.Reply, 0, MaxPoints}, {"checkin", r.Checkin, 0, MaxPoints}, {"vote", r.Vote, 0, MaxPoints},
		{"jielong", r.Jielong, 0, MaxPoints}, {"lottery", r.Lottery, 0, MaxPoints},
		{"invitation", r.Invitation, 0, MaxPoints}, {"violation", r.Violation, -MaxPoints, 0}} {
		if c.v < c.min || c.v > c.max {
			f.Add(c.field, "err.field.range", errs.Params{"Min": c.min, "Max": c.max})
		}
	}
	if !(r.PurchaseUnit >= 0.01 && r.PurchaseUnit <= MaxUnit) {
		f.Add("purchaseUnit", "err.field.range", errs.Params{"Min": 0.01, "Max": MaxUnit})
	}
	return f.Err()
}

// Override is a group's own values for some of the rules; nil fields
// follow the workspace.
type Override struct {
	Message         *int     `json:"message,omitempty"`
	MessageDailyCap *int     `json:"messageDailyCap,omitempty"`
	Reply           *int     `json:"reply,omitempty"`
	Checkin         *int     `json:"checkin,omitempty"`
	Vote            *int     `json:"vote,omitempty"`
	Jielong         *int     `json:"jielong,omitempty"`
	Lottery         *int     `json:"lottery,omitempty"`
	Invitation      *int     `json:"invitation,omitempty"`
	PurchaseUnit    *float64 `json:"purchaseUnit,omitempty"`
	Violation       *int     `json:"violation,omitempty"`
}

// Over is r with the override's values in place of r's.
func (o Override) Over(r Rules) Rules {
	for _, p := range []struct {
		dst *int
		src *int
	}{{&r.Message, o.Message}, {&r.MessageDailyCap, o.MessageDailyCap}, {&r.Reply, o.Reply},
		{&r.Checkin, o.Checkin}, {&r.Vote, o.Vote}, {&r.Jielong, o.Jielong}, {&r.Lottery, o.Lottery},
		{&r.Invitation, o.Invitation}, {&r.Violation, o.Violation}} {
		if p.src != nil {
			*p.dst = *p.src
		}
	}
	if o.PurchaseUnit != nil {
		r.PurchaseUnit = *o.PurchaseUnit
	}
	return r
}

// Empty reports whether the override changes nothing.
func (o Override) Empty() bool { return o == Override{} }
