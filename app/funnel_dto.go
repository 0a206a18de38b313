package app

import (
	"time"

	"qunzhu/backend/funnel"
)

// FunnelDTO is the shop funnel of one scope over one period.
type FunnelDTO struct {
	GroupID      int64           `json:"groupId"` // 0: all groups
	From         string          `json:"from"`    // YYYY-MM-DD
	To           string          `json:"to"`
	TrustDays    int             `json:"trustDays"`
	Recorded     bool            `json:"recorded"` // the scope holds a click, inquiry or purchase at any time
	Steps        []FunnelStepDTO `json:"steps"`    // click, inquiry, purchase
	Overall      *float64        `json:"overall"`  // buyers / clickers, null without clickers
	Revenue      float64         `json:"revenue"`  // sum of the purchases' values, in the unit imported
	ByTier       []FunnelTierDTO `json:"byTier"`
	Flagged      []FunnelFlagDTO `json:"flagged"` // at most funnel.MaxFlagged
	FlaggedTotal int             `json:"flaggedTotal"`
}

// FunnelStepDTO is one step: events, distinct members, and the members as a
// share of the previous step's (null for clicks or without a base).
type FunnelStepDTO struct {
	Kind    string   `json:"kind"`
	Events  int      `json:"events"`
	Members int      `json:"members"`
	Value   float64  `json:"value"`
	Rate    *float64 `json:"rate"`
}

// FunnelTierDTO is the purchases of one tier's members ("" not scored).
type FunnelTierDTO struct {
	Tier      string  `json:"tier"`
	Purchases int     `json:"purchases"`
	Buyers    int     `json:"buyers"`
	Revenue   float64 `json:"revenue"`
}

// FunnelFlagDTO is a member sold to before the trust days in a group.
type FunnelFlagDTO struct {
	MemberID      int64  `json:"memberId"`
	Nickname      string `json:"nickname"`
	GroupID       int64  `json:"groupId"`
	Group         string `json:"group"`
	Joined        string `json:"joined"`        // YYYY-MM-DD
	FirstPurchase string `json:"firstPurchase"` // wall time, YYYY-MM-DD HH:MM
	Days          int    `json:"days"`
}

// FunnelSettingsDTO are the funnel's settings.
type FunnelSettingsDTO struct {
	TrustDays int `json:"trustDays"`
}

// ToFunnelDTO converts a funnel for the window and the command line.
func ToFunnelDTO(f funnel.Funnel) FunnelDTO {
	out := FunnelDTO{GroupID: f.GroupID, From: f.From.Format(time.DateOnly), To: f.To.Format(time.DateOnly),
		TrustDays: f.TrustDays, Recorded: f.Recorded, Overall: rateDTO(f.Overall), Revenue: f.Revenue,
		Steps: []FunnelStepDTO{}, ByTier: []FunnelTierDTO{}, Flagged: []FunnelFlagDTO{}, FlaggedTotal: f.FlaggedTotal}
	for _, s := range f.Steps {
		out.Steps = append(out.Steps, FunnelStepDTO{Kind: s.Kind, Events: s.Events, Members: s.Members,
			Value: s.Value, Rate: rateDTO(s.Rate)})
	}
	for _, t := range f.ByTier {
		out.ByTier = append(out.ByTier, FunnelTierDTO(t))
	}
	for _, g := range f.Flagged {
		out.Flagged = append(out.Flagged, FunnelFlagDTO{MemberID: g.MemberID, Nickname: g.Nickname, GroupID: g.GroupID,
			Group: g.Group, Joined: g.Joined, FirstPurchase: g.FirstPurchase.Format("2006-01-02 15:04"), Days: g.Days})
	}
	return out
}

func rateDTO(r funnel.Rate) *float64 {
	if !r.Known {
		return nil
	}
	v := r.Value
	return &v
}
