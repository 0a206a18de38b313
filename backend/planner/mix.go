package planner

import (
	"context"
	"time"
)

// Mix is the content mix of some items.
type Mix struct {
	Useful, Emotional, Marketing int // item counts
	Total                        int
	Warn                         bool // marketing share above WarnAt %
	WarnAt                       int  // the marketing warning line in use (Lines.MarketingWarn), percent
}

// Share is a category's share in tenths of a percent (rounded half up).
func (m Mix) Share(count int) int {
	if m.Total == 0 {
		return 0
	}
	return (count*2000 + m.Total) / (2 * m.Total)
}

// NewMix is the mix of these counts, with its warning above warnAt % marketing.
func NewMix(useful, emotional, marketing, warnAt int) Mix {
	m := Mix{Useful: useful, Emotional: emotional, Marketing: marketing, Total: useful + emotional + marketing,
		WarnAt: warnAt}
	m.Warn = m.Marketing*100 > warnAt*m.Total
	return m
}

// MixOf counts the items' categories, warning above warnAt % marketing.
func MixOf(items []Item, warnAt int) Mix {
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
	return NewMix(useful, emotional, marketing, warnAt)
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
	lines, err := s.Lines(ctx)
	if err != nil {
		return Week{}, err
	}
	w.Items, w.Mix = items, MixOf(items, lines.MarketingWarn)
	return w, nil
}
