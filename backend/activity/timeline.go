package activity

import (
	"context"
	"time"

	"qunzhu/backend/errs"
)

// Day is one day's count of a member's interactions.
type Day struct {
	Date  string `json:"date"` // YYYY-MM-DD
	Count int    `json:"count"`
}

// Event is one stored interaction, for the member's timeline.
type Event struct {
	At    time.Time
	Kind  string
	Text  string
	Value float64
	Chat  string
}

// Timeline is a member's activity: per-day counts over the last days days
// up to now, and the latest events.
type Timeline struct {
	Days   []Day
	Recent []Event
}

// Timeline returns a member's activity for its drawer.
func (s *Service) Timeline(ctx context.Context, memberID int64, now time.Time, days, recent int) (Timeline, error) {
	since := now.AddDate(0, 0, -days)
	rows, err := s.db.Read().QueryContext(ctx, `SELECT date(at, 'unixepoch'), count(*) FROM events
		WHERE member_id = ? AND at >= ? GROUP BY 1 ORDER BY 1`, memberID, since.Unix())
	if err != nil {
		return Timeline{}, errs.Wrap(err, "member timeline")
	}
	tl := Timeline{Days: []Day{}, Recent: []Event{}}
	for rows.Next() {
		var d Day
		if err := rows.Scan(&d.Date, &d.Count); err != nil {
			rows.Close()
			return Timeline{}, errs.Wrap(err, "member timeline")
		}
		tl.Days = append(tl.Days, d)
	}
	rows.Close()
	rows, err = s.db.Read().QueryContext(ctx, `SELECT at, kind, text, value, chat FROM events
		WHERE member_id = ? ORDER BY at DESC LIMIT ?`, memberID, recent)
	if err != nil {
		return Timeline{}, errs.Wrap(err, "member timeline")
	}
	defer rows.Close()
	for rows.Next() {
		var e Event
		var at int64
		if err := rows.Scan(&at, &e.Kind, &e.Text, &e.Value, &e.Chat); err != nil {
			return Timeline{}, errs.Wrap(err, "member timeline")
		}
		e.At = time.Unix(at, 0).UTC()
		tl.Recent = append(tl.Recent, e)
	}
	return tl, errs.Wrap(rows.Err(), "member timeline")
}
