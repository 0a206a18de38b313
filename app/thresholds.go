package app

import (
	"maps"

	"qunzhu/backend/kpi"
	"qunzhu/backend/planner"
)

// ThresholdsDTO is every line the screens judge by, from the settings: the
// KPI lines (the tier settings' health fields), the 7-2-1 targets with the
// marketing warning, and the best windows with the one each item kind is
// offered. The frontend keeps no copy of them.
type ThresholdsDTO struct {
	MessagesPer100 float64      `json:"messagesPer100"`
	Reach          float64      `json:"reach"`         // 0–1
	Participation  float64      `json:"participation"` // 0–1
	SilentShare    float64      `json:"silentShare"`   // 0–1
	SilentDays     int          `json:"silentDays"`
	Plan           PlanLinesDTO `json:"plan"`
	SpokenKinds    []string     `json:"spokenKinds"` // the event kinds that count as messages
}

// PlanLinesDTO are the planner's lines.
type PlanLinesDTO struct {
	Useful        int               `json:"useful"` // percent
	Emotional     int               `json:"emotional"`
	Marketing     int               `json:"marketing"`
	MarketingWarn int               `json:"marketingWarn"`
	Windows       []BestWindowDTO   `json:"windows"`
	KindWindow    map[string]string `json:"kindWindow"` // item kind → window key
}

// BestWindowDTO is a best window to post in, minutes of the day [from, to).
type BestWindowDTO struct {
	Key  string `json:"key"`
	From int    `json:"from"`
	To   int    `json:"to"`
}

func toPlanLinesDTO(l planner.Lines) PlanLinesDTO {
	out := PlanLinesDTO{Useful: l.Useful, Emotional: l.Emotional, Marketing: l.Marketing,
		MarketingWarn: l.MarketingWarn, Windows: make([]BestWindowDTO, len(l.Windows)), KindWindow: maps.Clone(l.KindWindow)}
	for i, w := range l.Windows {
		out.Windows[i] = BestWindowDTO(w)
	}
	return out
}

func (p PlanLinesDTO) lines() planner.Lines {
	out := planner.Lines{Useful: p.Useful, Emotional: p.Emotional, Marketing: p.Marketing,
		MarketingWarn: p.MarketingWarn, Windows: make([]planner.Window, len(p.Windows)), KindWindow: maps.Clone(p.KindWindow)}
	for i, w := range p.Windows {
		out.Windows[i] = planner.Window(w)
	}
	return out
}

// Thresholds returns every line in use.
func (s *SettingsAPI) Thresholds() (_ ThresholdsDTO, err error) {
	defer s.a.catchPanic(&err)
	ctx := s.a.call()
	set, err := s.a.ws.Activity.TierSettings(ctx)
	if err != nil {
		return ThresholdsDTO{}, err
	}
	lines, err := s.a.ws.Planner.Lines(ctx)
	if err != nil {
		return ThresholdsDTO{}, err
	}
	k := kpi.LinesOf(set)
	return ThresholdsDTO{MessagesPer100: k.MessagesPer100, Reach: k.Reach, Participation: k.Participation,
		SilentShare: k.SilentShare, SilentDays: k.SilentDays, Plan: toPlanLinesDTO(lines),
		SpokenKinds: kpi.SpokenKinds}, nil
}

// SavePlanLines stores the planner's lines and returns every line in use.
func (s *SettingsAPI) SavePlanLines(p PlanLinesDTO) (_ ThresholdsDTO, err error) {
	defer s.a.catchPanic(&err)
	if err := s.a.ws.Planner.SaveLines(s.a.call(), p.lines()); err != nil {
		return ThresholdsDTO{}, err
	}
	return s.Thresholds()
}
