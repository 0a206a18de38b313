package app

import "qunzhu/backend/activity"

// TierSummaryDTO counts members per tier and stage.
type TierSummaryDTO struct {
	Tiers  map[string]int `json:"tiers"`
	Stages map[string]int `json:"stages"`
}

func toSummaryDTO(s activity.Summary) TierSummaryDTO {
	out := TierSummaryDTO{Tiers: map[string]int{}, Stages: map[string]int{}}
	for k, v := range s.Tiers {
		out.Tiers[string(k)] = v
	}
	for k, v := range s.Stages {
		out.Stages[string(k)] = v
	}
	return out
}

// TiersDoneDTO is a "tiers:done" event.
type TiersDoneDTO struct {
	JobID   string         `json:"jobId"`
	Summary TierSummaryDTO `json:"summary"`
}

// TierSettingsDTO are the thresholds that place members in tiers and
// stages (backend/tiers.Settings says what each means). The JSON names are
// the Go field names: the settings screen has always read them so.
type TierSettingsDTO struct {
	WindowDays int `json:"WindowDays"`

	WeightPost     float64 `json:"WeightPost"`
	WeightTip      float64 `json:"WeightTip"`
	WeightShare    float64 `json:"WeightShare"`
	WeightPurchase float64 `json:"WeightPurchase"`

	CoreMin     int `json:"CoreMin"`
	ActiveMin   int `json:"ActiveMin"`
	LurkerMin   int `json:"LurkerMin"`
	DormantDays int `json:"DormantDays"`

	ObservingPerWeek float64 `json:"ObservingPerWeek"`
	GrowingPerDay    float64 `json:"GrowingPerDay"`
	MaturePerDay     float64 `json:"MaturePerDay"`
	DeclineRatio     float64 `json:"DeclineRatio"`
	DeclineMinPerDay float64 `json:"DeclineMinPerDay"`

	DemoteAfterDays int `json:"DemoteAfterDays"`
	SlippingDays    int `json:"SlippingDays"`
	NewDays         int `json:"NewDays"`
	KOCMinStarts    int `json:"KOCMinStarts"`
	KOCMinReplies   int `json:"KOCMinReplies"`
	CreatorMinPosts int `json:"CreatorMinPosts"`

	HealthyMessagesPer100   float64 `json:"HealthyMessagesPer100"`
	HealthyParticipationPct int     `json:"HealthyParticipationPct"`
	SilentAlertPct          int     `json:"SilentAlertPct"`
	SilentDays              int     `json:"SilentDays"`
	HealthyReachPct         int     `json:"HealthyReachPct"`
}
