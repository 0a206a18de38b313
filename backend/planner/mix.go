package planner

import (
	"context"
	"time"
)

// The 7-2-1 mix: 70 % useful, 20 % emotional, 10 % marketing; the gauge
// warns above MarketingWarn percent marketing.
const (
	TargetUseful    = 70
	TargetEmotional = 20
	TargetMarketing = 10
	MarketingWarn   = 15
)

// Mix is the content mix of some items.
type Mix struct {
	Useful, Emotional, Marketing int // item counts
	Total                        int
	Warn                         bool // marketing share above MarketingWarn %
}

// Share is a category's share in tenths of a percent (rounded half up).
func (m Mix) Share(count int) int {
	if m.Total == 0 {
		return 0
	}
	return (count*2000 + m.Total) / (2 * m.Total)
}

// NewMix is the mix of these counts, with its warning.
func NewMix(useful, emotional, marketing int) Mix {
	m := Mix{Useful: useful, Emotional: emotional, Marketing: marketing, Total: useful + emotional + marketing}
	m.Warn = m.Marketing*100 > MarketingWarn*m.Total
	return m
}

// MixOf counts the items' categories.
func MixOf(items []Item) Mix {
	var useful, emotional, marketing int
	for _, it := range items {
		switch it.Category {
		case Useful:
			useful++
		case Emotional:
			emotional++
		case Marketing:
			marketing++
		}
	}
	return NewMix(useful, emotional, marketing)
}

// Week is the items and the mix of the week holding day, of one group or
// (0) all.
type Week struct {
	Start time.Time // Monday 00:00
	Items []Item
	Mix   Mix
}

// Week returns the week of day.
func (s *Service) Week(ctx context.Context, day time.Time, groupID int64) (Week, error) {
	w := Week{Start: WeekStart(day)}
	items, err := s.List(ctx, Range{From: w.Start, To: w.Start.AddDate(0, 0, 7), GroupID: groupID})
	if err != nil {
		return Week{}, err
	}
	w.Items, w.Mix = items, MixOf(items)
	return w, nil
}
