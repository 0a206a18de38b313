package planner

import (
	"context"
	"slices"
	"time"
)

// Periods of a contact guidance.
const (
	PerDay  = "day"
	PerWeek = "week"
)

// Guidance is how often a tier should be contacted: Min–Max items a day
// or a week (both 0: no rhythm, only the warning for a week without any).
type Guidance struct {
	Tier     string
	Per      string
	Min, Max int
}

// Statuses of a tier's week.
const (
	RhythmNone = "none" // no item named the tier this week: a warning
	RhythmLow  = "low"
	RhythmOK   = "ok"
	RhythmHigh = "high"
)

// TierRhythm is a tier's contacts in a week against its guidance.
type TierRhythm struct {
	Guidance
	PerDay [7]int // items naming the tier, Monday first
	Total  int
	Status string
}

// Rhythm is a week's contact rhythm: one line per tier in guide's order,
// plus the items naming a segment and those for the whole group (neither
// counts for a tier).
type Rhythm struct {
	Start    time.Time
	Tiers    []TierRhythm
	Segments int
	Whole    int
}

// RhythmOf counts the items of the week starting on Monday start.
func RhythmOf(items []Item, start time.Time, guide []Guidance) Rhythm {
	r := Rhythm{Start: start}
	byTier := map[string]*TierRhythm{}
	r.Tiers = make([]TierRhythm, len(guide))
	for i, g := range guide {
		r.Tiers[i].Guidance = g
		byTier[g.Tier] = &r.Tiers[i]
	}
	for _, it := range items {
		day := int(dayOf(it.Start).Sub(start).Hours() / 24)
		switch {
		case day < 0 || day > 6:
		case it.Audience.Segment != 0:
			r.Segments++
		case it.Audience.Tier == "":
			r.Whole++
		case byTier[it.Audience.Tier] != nil:
			byTier[it.Audience.Tier].PerDay[day]++
			byTier[it.Audience.Tier].Total++
		}
	}
	for i := range r.Tiers {
		r.Tiers[i].Status = r.Tiers[i].status()
	}
	return r
}

// status compares the week with the guidance: a daily rhythm is low when
// any day has fewer than Min items and high when any day has more than
// Max (low wins); a weekly rhythm compares the week's total.
func (t TierRhythm) status() string {
	counts := t.PerDay[:]
	if t.Per != PerDay {
		counts = []int{t.Total}
	}
	switch {
	case t.Total == 0:
		return RhythmNone
	case t.Min == 0 && t.Max == 0:
		return RhythmOK
	case slices.Min(counts) < t.Min:
		return RhythmLow
	case slices.Max(counts) > t.Max:
		return RhythmHigh
	}
	return RhythmOK
}

// WeekRhythm is the contact rhythm of the week holding day, of one group
// or (0) all.
func (s *Service) WeekRhythm(ctx context.Context, day time.Time, groupID int64, guide []Guidance) (Rhythm, error) {
	start := WeekStart(day)
	items, err := s.List(ctx, Range{From: start, To: start.AddDate(0, 0, 7), GroupID: groupID})
	return RhythmOf(items, start, guide), err
}
