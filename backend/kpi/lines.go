package kpi

import "qunzhu/backend/tiers"

// Lines are the healthy lines the KPIs are judged against (shares 0–1),
// from the settings (tiers.Settings; seed 004's defaults).
type Lines struct {
	MessagesPer100 float64 // messages a day per 100 members, healthy above
	Reach          float64 // share of members with any event, healthy above
	Participation  float64 // share of members who spoke, healthy above
	SilentShare    float64 // alert above
	SilentDays     int     // how long without an event makes a member silent
}

// LinesOf reads the lines from the settings.
func LinesOf(s tiers.Settings) Lines {
	return Lines{MessagesPer100: s.HealthyMessagesPer100, Reach: float64(s.HealthyReachPct) / 100,
		Participation: float64(s.HealthyParticipationPct) / 100, SilentShare: float64(s.SilentAlertPct) / 100,
		SilentDays: s.SilentDays}
}
