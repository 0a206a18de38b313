// Package review is the weekly review (复盘): a group's period set against
// what was planned for it. Every planned item gets what happened in the
// hours after it against the same weekday and hours of the previous four
// weeks (the lift, and a plain word for it), the votes, 接龙 entries and
// draw entrants linked to it, and whether it was done; the period gets its
// KPIs against the period before (the dashboard's own report, so the
// numbers are the dashboard's), the 7-2-1 mix planned and done, and 3–5
// suggestions worded from the numbers.
package review

import (
	"context"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/dashboard"
	"qunzhu/backend/errs"
	"qunzhu/backend/lottery"
	"qunzhu/backend/planner"
	"qunzhu/backend/polls"
	"qunzhu/backend/settings"
)

// BaselineWeeks is how many earlier weeks the baseline averages.
const BaselineWeeks = 4

// MaxDays is the longest period reviewed.
const MaxDays = 92

// Request is a group and a period of whole days, From to To inclusive.
type Request struct {
	GroupID  int64
	From, To time.Time
}

// Validate checks the group and the period.
func (r Request) Validate() error {
	f := errs.Fields{}
	if r.GroupID <= 0 {
		f.Add("group", "err.review.group", nil)
	}
	if r.From.IsZero() || r.To.IsZero() || r.To.Before(r.From) {
		f.Add("period", "err.dashboard.period", nil)
	} else if r.days() > MaxDays {
		f.Add("period", "err.dashboard.too_long", errs.Params{"Max": MaxDays})
	}
	return f.Err()
}

func (r Request) days() int { return int(dateOf(r.To).Sub(dateOf(r.From)).Hours()/24) + 1 }

// previous is the period of the same length just before r.
func (r Request) previous() Request {
	n := r.days()
	return Request{GroupID: r.GroupID, From: dateOf(r.From).AddDate(0, 0, -n), To: dateOf(r.From).AddDate(0, 0, -1)}
}

func dateOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Review is the period reviewed.
type Review struct {
	Request
	Settings         settings.Review
	Items            []Item
	KPIs, Previous   dashboard.Dashboard  // the dashboard's report of the period and the one before
	Planned, DoneMix planner.Mix          // 7-2-1 of all items and of the done ones
	KOC, Slipping    []activity.Flagged   // the lists of the last re-scoring, with messages now and before
	KOCChanges       activity.ListChanges // who entered and left the KOC list in the period
	SlippingChanges  activity.ListChanges // who entered and left the slipping-away list
	Suggestions      []Suggestion
}

// Service works out reviews.
type Service struct {
	planner   *planner.Service
	activity  *activity.Service
	dashboard *dashboard.Service
	polls     *polls.Service
	lottery   *lottery.Service
	settings  *settings.Service
}

// NewService returns a Service reading through the other services.
func NewService(p *planner.Service, a *activity.Service, d *dashboard.Service, po *polls.Service,
	l *lottery.Service, s *settings.Service) *Service {
	return &Service{planner: p, activity: a, dashboard: d, polls: po, lottery: l, settings: s}
}

// Get reviews r.
func (s *Service) Get(ctx context.Context, r Request) (Review, error) {
	if err := r.Validate(); err != nil {
		return Review{}, err
	}
	r.From, r.To = dateOf(r.From), dateOf(r.To)
	set, err := s.settings.Review(ctx)
	if err != nil {
		return Review{}, err
	}
	out := Review{Request: r, Settings: set}
	if out.KPIs, err = s.report(ctx, r); err != nil {
		return Review{}, err
	}
	if out.Previous, err = s.report(ctx, r.previous()); err != nil {
		return Review{}, err
	}
	if err := s.readItems(ctx, &out); err != nil {
		return Review{}, err
	}
	if err := s.readLists(ctx, &out); err != nil {
		return Review{}, err
	}
	out.Suggestions = Suggest(out)
	return out, nil
}

func (s *Service) report(ctx context.Context, r Request) (dashboard.Dashboard, error) {
	return s.dashboard.Get(ctx, dashboard.Request{GroupID: r.GroupID, From: r.From, To: r.To})
}
