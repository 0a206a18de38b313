package activity

import (
	"context"
	"time"

	"qunzhu/backend/dashboard"
	"qunzhu/backend/errs"
	"qunzhu/backend/kpi"
)

// Thresholds are what a healthy group reaches: the KPI lines of the
// settings (kpi.Lines, the dashboard's too).
type Thresholds = kpi.Lines

// Health is how a group (or all groups, GroupID 0) did over a period: the
// dashboard's KPIs (package kpi defines each), plus when its messages came.
type Health struct {
	Members        int     // members of the group (joined), or all live members
	Messages       int     // messages (kpi.SpokenKinds) in the group in the period
	Days           int     // days in the period
	MessagesPer100 float64 // per day per 100 members
	Speakers       int     // members with a message in the group in the period
	Participation  float64 // Speakers / Members
	Reached        int     // members with any event in the group in the period
	Reach          float64 // Reached / Members
	Silent         int     // members with no event in the group in the SilentDays before the period's end
	SilentShare    float64 // Silent / Members
	SilentAlert    bool    // SilentShare > Thresholds.SilentShare, once a chat is on record
	Recorded       bool    // a chat of the group is on record (at any time)
	AnyRecorded    bool    // a chat of any group is on record
	Thresholds     Thresholds
	Tiers          map[string]int
	Heatmap        [7][24]int // messages by weekday (0 = Monday) and hour, wall time as exported
	PerDay         []DayCount // messages and speakers per day, every day of the period
}

// DayCount is one day's messages and speakers.
type DayCount struct {
	Date     string `json:"date"`
	Messages int    `json:"messages"`
	Speakers int    `json:"speakers"`
}

// UseDashboard makes Health read its KPIs from d (the workspace's, so both
// screens share its summaries and what it remembers of them).
func (s *Service) UseDashboard(d *dashboard.Service) { s.dashboard = d }

// Health works out a group's health over [from, to), whole days.
func (s *Service) Health(ctx context.Context, groupID int64, from, to time.Time) (Health, error) {
	r := dashboard.Request{GroupID: groupID, From: from, To: to.AddDate(0, 0, -1)}
	if !to.After(from) {
		r.To = from
	}
	d, err := s.dashboard.KPIs(ctx, r)
	if err != nil {
		return Health{}, err
	}
	h := Health{Members: d.Members, Messages: d.Messages, Days: d.Days, MessagesPer100: d.MessagesPer100,
		Speakers: d.Speakers, Participation: d.Participation, Reached: d.Reached, Reach: d.Reach,
		Silent: d.Silent, SilentShare: d.SilentShare, SilentAlert: d.SilentAlert, Recorded: d.Recorded,
		Thresholds: d.Thresholds, Tiers: d.Tiers, PerDay: make([]DayCount, len(d.PerDay))}
	for i, p := range d.PerDay {
		h.PerDay[i] = DayCount{Date: p.Date, Messages: p.Messages, Speakers: p.Speakers}
	}
	if h.AnyRecorded, err = s.dashboard.Recorded(ctx, 0); err != nil {
		return Health{}, err
	}
	return h, s.readHeatmap(ctx, r, &h)
}

// readHeatmap counts the period's messages in the group by weekday and hour
// (the events_group_at index; all groups: events_at).
func (s *Service) readHeatmap(ctx context.Context, r dashboard.Request, h *Health) error {
	where := `group_id = ?1 AND at >= ?2 AND at < ?3`
	if r.GroupID == 0 {
		where = `at >= ?2 AND at < ?3 AND ?1 = 0`
	}
	start, end := dayStart(r.From), dayStart(r.To).AddDate(0, 0, 1)
	rows, err := s.db.Read().QueryContext(ctx, `SELECT CAST(strftime('%w', at, 'unixepoch') AS INT),
		CAST(strftime('%H', at, 'unixepoch') AS INT), count(*) FROM events WHERE `+where+` AND `+kpi.SpokenSQL+`
		GROUP BY 1, 2`, r.GroupID, start.Unix(), end.Unix())
	if err != nil {
		return errs.Wrap(err, "group health")
	}
	defer rows.Close()
	for rows.Next() {
		var weekday, hour, n int
		if err := rows.Scan(&weekday, &hour, &n); err != nil {
			return errs.Wrap(err, "group health")
		}
		h.Heatmap[(weekday+6)%7][hour] = n
	}
	return errs.Wrap(rows.Err(), "group health")
}

// dayStart is t's wall date at midnight UTC (how events keep wall time).
func dayStart(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
