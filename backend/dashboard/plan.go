package dashboard

import (
	"context"
	"time"

	"qunzhu/backend/errs"
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
	var useful, emotional, marketing int
	err := q.QueryRowContext(ctx, `SELECT
		count(done_at) FILTER (WHERE starts_at >= ?2 AND starts_at < ?3),
		count(*) FILTER (WHERE starts_at >= ?2 AND starts_at < ?3 AND category = 'useful'),
		count(*) FILTER (WHERE starts_at >= ?2 AND starts_at < ?3 AND category = 'emotional'),
		count(*) FILTER (WHERE starts_at >= ?2 AND starts_at < ?3 AND category = 'marketing'),
		count(*) FILTER (WHERE starts_at >= ?4 AND starts_at < ?5),
		count(done_at) FILTER (WHERE starts_at >= ?4 AND starts_at < ?5)
		FROM planner_items WHERE (?1 = 0 OR group_id = ?1)
			AND ((starts_at >= ?2 AND starts_at < ?3) OR (starts_at >= ?4 AND starts_at < ?5))`,
		r.GroupID, wall(r.From), wall(r.To.AddDate(0, 0, 1)), wall(today), wall(today.AddDate(0, 0, 1))).
		Scan(&p.Done, &useful, &emotional, &marketing, &p.Today, &p.TodayDone)
	if err != nil {
		return errs.Wrap(err, "dashboard plan")
	}
	lines, err := planner.ReadLines(ctx, q)
	if err != nil {
		return err
	}
	p.Mix = planner.NewMix(useful, emotional, marketing, lines.MarketingWarn)
	err = q.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE action = 'removal')
		FROM planner_violations WHERE (?1 = 0 OR group_id = ?1) AND at >= ?2 AND at < ?3`,
		r.GroupID, instant(r.From), instant(r.To.AddDate(0, 0, 1))).Scan(&p.Violations, &p.Removals)
	return errs.Wrap(err, "dashboard violations")
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
