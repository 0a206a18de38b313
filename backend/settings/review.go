package settings

import (
	"context"
	"strconv"

	"qunzhu/backend/errs"
)

// Review settings: the hours after a planned item that count as its effect,
// and the lifts (percent of the baseline) at or above which it "moved" the
// group and at or below which it got no response.
const (
	DefaultReviewHours  = 3
	MaxReviewHours      = 24
	DefaultReviewUpPct  = 130
	DefaultReviewLowPct = 80
	MaxReviewPct        = 1000
)

// Review is how the weekly review judges an item.
type Review struct {
	Hours  int
	UpPct  int // lift ≥ UpPct/100: 带动了
	LowPct int // lift ≤ LowPct/100: 没反应 (between: 一般)
}

// Validate checks the ranges and that the low line is under the high one.
func (r Review) Validate() error {
	f := errs.Fields{}
	if r.Hours < 1 || r.Hours > MaxReviewHours {
		f.Add("hours", "err.field.range", errs.Params{"Min": 1, "Max": MaxReviewHours})
	}
	if r.UpPct < 1 || r.UpPct > MaxReviewPct {
		f.Add("upPct", "err.field.range", errs.Params{"Min": 1, "Max": MaxReviewPct})
	}
	if r.LowPct < 0 || r.LowPct >= r.UpPct {
		f.Add("lowPct", "err.review.low_pct", nil)
	}
	return f.Err()
}

// Review returns the review settings, defaults filled in.
func (s *Service) Review(ctx context.Context) (Review, error) {
	m, err := s.all(ctx)
	if err != nil {
		return Review{}, err
	}
	r := Review{Hours: DefaultReviewHours, UpPct: DefaultReviewUpPct, LowPct: DefaultReviewLowPct}
	stored := r
	stored.Hours = atoiOr(m["review.hours"], r.Hours)
	stored.UpPct = atoiOr(m["review.up_pct"], r.UpPct)
	stored.LowPct = atoiOr(m["review.low_pct"], r.LowPct)
	if stored.Validate() != nil { // a hand-edited database: fall back to the defaults
		return r, nil
	}
	return stored, nil
}

// SaveReview validates and stores the review settings in one transaction.
func (s *Service) SaveReview(ctx context.Context, r Review) (Review, error) {
	if err := r.Validate(); err != nil {
		return Review{}, err
	}
	err := s.put(ctx, map[string]string{"review.hours": strconv.Itoa(r.Hours),
		"review.up_pct": strconv.Itoa(r.UpPct), "review.low_pct": strconv.Itoa(r.LowPct)})
	if err != nil {
		return Review{}, err
	}
	return s.Review(ctx)
}

func atoiOr(s string, fallback int) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return fallback
}
