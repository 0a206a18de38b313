package dashboard

import (
	"context"
	"time"

	"qunzhu/backend/planner"
	"qunzhu/backend/store"
)

// Plan is the planner's side of the scope: the items planned in the period
// with the done ones and their 7-2-1 mix, what is due today, and the
// violations logged in the period (and how many ended in removal).
type Plan struct {
	Mix                  planner.Mix // of the period's items (Total: all of them)
	Done                 int
	Today, TodayDone     int // items on today's wall-clock date, whatever the period
	Violations, Removals int
}

// SetClock replaces the clock that says what "today" is (tests).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// readPlan counts the planner items (local wall clock, "YYYY-MM-DDTHH:MM")
// and the violations (UTC instants) of the scope.
func (s *Service) readPlan(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	now := s.now()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	p := &d.Plan
	c, err := planner.CountItems(ctx, q, r.GroupID, wall(r.From), wall(r.To.AddDate(0, 0, 1)), wall(today),
		wall(today.AddDate(0, 0, 1)))
	if err != nil {
		return err
	}
	p.Done, p.Today, p.TodayDone = c.Done, c.Day, c.DayDone
	lines, err := planner.ReadLines(ctx, q)
	if err != nil {
		return err
	}
	p.Mix = planner.NewMix(c.Useful, c.Emotional, c.Marketing, lines.MarketingWarn)
	p.Violations, p.Removals, err = planner.CountViolations(ctx, q, r.GroupID, instant(r.From),
		instant(r.To.AddDate(0, 0, 1)))
	return err
}

// wall is the planner's wall-clock form of a day's start.
func wall(day time.Time) string { return planner.Wall(dateOf(day)) }

// instant is the stamp of the local midnight that starts day, as the
// violation log stores its instants.
func instant(day time.Time) string {
	y, m, dd := day.Date()
	return store.Stamp(time.Date(y, m, dd, 0, 0, 0, 0, time.Local))
}

func dateOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
