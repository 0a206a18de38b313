package activity

import (
	"context"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/kpi"
)

// Window is what a group did in a stretch of wall-clock time.
type Window struct {
	Messages int // events that speak (the dashboard's messages)
	Speakers int // distinct members among them
	Jielong  int // 接龙 entries
}

// Baseline is the average Window of the same weekday and hours in earlier weeks.
type Baseline struct {
	Messages, Speakers float64
	Weeks              int
}

// CountWindow counts a group's messages, speakers and 接龙 entries in
// [from, to), wall clock as the exports show it (UTC-located).
func (s *Service) CountWindow(ctx context.Context, groupID int64, from, to time.Time) (Window, error) {
	var w Window
	err := s.db.Read().QueryRowContext(ctx, `SELECT count(*) FILTER (WHERE `+kpi.SpokenSQL+`),
		count(DISTINCT member_id) FILTER (WHERE `+kpi.SpokenSQL+`),
		count(*) FILTER (WHERE kind = 'jielong')
		FROM events WHERE group_id = ? AND at >= ? AND at < ?`, groupID, from.Unix(), to.Unix()).
		Scan(&w.Messages, &w.Speakers, &w.Jielong)
	return w, errs.Wrap(err, "count window")
}

// CountBaseline averages CountWindow over the same window 1..weeks weeks
// earlier (same weekday, same hours). Weeks before the first export count
// as quiet weeks: the average is always over weeks.
func (s *Service) CountBaseline(ctx context.Context, groupID int64, from, to time.Time, weeks int) (Baseline, error) {
	b := Baseline{Weeks: weeks}
	if weeks <= 0 {
		return b, nil
	}
	for k := 1; k <= weeks; k++ {
		w, err := s.CountWindow(ctx, groupID, from.AddDate(0, 0, -7*k), to.AddDate(0, 0, -7*k))
		if err != nil {
			return Baseline{}, err
		}
		b.Messages += float64(w.Messages)
		b.Speakers += float64(w.Speakers)
	}
	b.Messages /= float64(weeks)
	b.Speakers /= float64(weeks)
	return b, nil
}
