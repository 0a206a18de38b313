package app

import (
	"qunzhu/backend/planner"
)

// TopicDTO is one entry of a group's topic bank.
type TopicDTO struct {
	ID      int64  `json:"id"`
	GroupID int64  `json:"groupId"`
	Kind    string `json:"kind"`
	Text    string `json:"text"`
	UsedAt  string `json:"usedAt"` // RFC 3339, "" while unused
	ItemID  int64  `json:"itemId"`
}

func toTopicDTO(t planner.Topic) TopicDTO {
	return TopicDTO{ID: t.ID, GroupID: t.GroupID, Kind: t.Kind, Text: t.Text, UsedAt: stampOf(t.UsedAt), ItemID: t.ItemID}
}

// TierRhythmDTO is a tier's contacts in a week: per day (Monday first),
// the total, the guidance (min–max per "day" or "week"; 0–0: none) and
// the status: none (no item this week: warn), low, ok or high.
type TierRhythmDTO struct {
	Tier   string `json:"tier"`
	Per    string `json:"per"`
	Min    int    `json:"min"`
	Max    int    `json:"max"`
	PerDay []int  `json:"perDay"`
	Total  int    `json:"total"`
	Status string `json:"status"`
}

// RhythmDTO is a week's contact rhythm by tier, and the items naming a
// segment or the whole group (which count for no tier).
type RhythmDTO struct {
	Start    string          `json:"start"`
	Tiers    []TierRhythmDTO `json:"tiers"`
	Segments int             `json:"segments"`
	Whole    int             `json:"whole"`
}

func toRhythmDTO(r planner.Rhythm) RhythmDTO {
	out := RhythmDTO{Start: r.Start.Format("2006-01-02"), Segments: r.Segments, Whole: r.Whole,
		Tiers: make([]TierRhythmDTO, 0, len(r.Tiers))}
	for _, t := range r.Tiers {
		out.Tiers = append(out.Tiers, TierRhythmDTO{Tier: t.Tier, Per: t.Per, Min: t.Min, Max: t.Max,
			PerDay: append([]int{}, t.PerDay[:]...), Total: t.Total, Status: t.Status})
	}
	return out
}

// RhythmSettingsDTO are the contact rhythm's thresholds (seed 001: core
// 3–5 a day, active 1–2 a day, lurkers 1–2 a week).
type RhythmSettingsDTO struct {
	CoreMinPerDay    int `json:"coreMinPerDay"`
	CoreMaxPerDay    int `json:"coreMaxPerDay"`
	ActiveMinPerDay  int `json:"activeMinPerDay"`
	ActiveMaxPerDay  int `json:"activeMaxPerDay"`
	LurkerMinPerWeek int `json:"lurkerMinPerWeek"`
	LurkerMaxPerWeek int `json:"lurkerMaxPerWeek"`
}
