package activity

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/errs"
)

// Thresholds are what a healthy group reaches (settings; the seeds'
// defaults in tiers.DefaultSettings).
type Thresholds struct {
	MessagesPer100 float64 // messages a day per 100 members, healthy above
	Participation  float64 // share of members who spoke in the period, healthy above
	SilentShare    float64 // alert when more members than this were silent SilentDays
	SilentDays     int
}

// Health is how a group (or all groups, GroupID 0) did over a period.
type Health struct {
	Members        int     // members of the group (joined), or all live members
	Messages       int     // events in the period
	Days           int     // days in the period
	MessagesPer100 float64 // per day per 100 members
	Speakers       int     // distinct members with an event in the period
	Participation  float64 // Speakers / Members
	Silent         int     // members with no event in the SilentDays before the period's end
	SilentShare    float64 // Silent / Members
	SilentAlert    bool    // SilentShare > Thresholds.SilentShare, once events are on record
	Recorded       bool    // the members have events on record (at any time)
	Thresholds     Thresholds
	Tiers          map[string]int
	Heatmap        [7][24]int // events by weekday (0 = Monday) and hour, wall time as exported
	PerDay         []DayCount // events and speakers per day
}

// DayCount is one day's events and speakers.
type DayCount struct {
	Date     string `json:"date"`
	Messages int    `json:"messages"`
	Speakers int    `json:"speakers"`
}

// Health works out a group's health over [from, to).
func (s *Service) Health(ctx context.Context, groupID int64, from, to time.Time) (Health, error) {
	h := Health{Days: max(1, int(to.Sub(from).Hours()/24+0.5)), Tiers: map[string]int{}, PerDay: []DayCount{}}
	set, err := s.TierSettings(ctx)
	if err != nil {
		return h, err
	}
	h.Thresholds = Thresholds{MessagesPer100: set.HealthyMessagesPer100, SilentDays: set.SilentDays,
		Participation: float64(set.HealthyParticipationPct) / 100, SilentShare: float64(set.SilentAlertPct) / 100}
	q := s.db.Read()
	members, membersArgs := `SELECT id FROM members WHERE deleted_at IS NULL`, []any{}
	if groupID != 0 {
		members = `SELECT member_id AS id FROM memberships WHERE group_id = ? AND status = 'joined'`
		membersArgs = []any{groupID}
	}
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM (`+members+`)`, membersArgs...).Scan(&h.Members); err != nil {
		return h, errs.Wrap(err, "group health")
	}
	if err := q.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM events WHERE member_id IN (`+members+`))`,
		membersArgs...).Scan(&h.Recorded); err != nil {
		return h, errs.Wrap(err, "group health")
	}
	if err := h.readEvents(ctx, q, members, membersArgs, from, to); err != nil {
		return h, err
	}
	silentSince := to.AddDate(0, 0, -h.Thresholds.SilentDays).Unix()
	err = q.QueryRowContext(ctx, `SELECT count(*) FROM (`+members+`) m WHERE NOT EXISTS
		(SELECT 1 FROM events e WHERE e.member_id = m.id AND e.at >= ? AND e.at < ?)`,
		append(membersArgs, silentSince, to.Unix())...).Scan(&h.Silent)
	if err != nil {
		return h, errs.Wrap(err, "group health")
	}
	if err := h.readTiers(ctx, q, members, membersArgs); err != nil {
		return h, err
	}
	h.score()
	return h, nil
}

// readEvents counts the period's events and speakers per day, the events
// by weekday and hour, and the speakers over the whole period.
func (h *Health) readEvents(ctx context.Context, q *sql.DB, members string, args []any, from, to time.Time) error {
	period := append([]any{from.Unix(), to.Unix()}, args...)
	where := ` FROM events WHERE at >= ? AND at < ? AND member_id IN (` + members + `)`
	rows, err := q.QueryContext(ctx, `SELECT date(at, 'unixepoch'), count(*), count(DISTINCT member_id)`+where+
		` GROUP BY 1 ORDER BY 1`, period...)
	if err != nil {
		return errs.Wrap(err, "group health")
	}
	for rows.Next() {
		var d DayCount
		if err := rows.Scan(&d.Date, &d.Messages, &d.Speakers); err != nil {
			rows.Close()
			return errs.Wrap(err, "group health")
		}
		h.Messages += d.Messages
		h.PerDay = append(h.PerDay, d)
	}
	rows.Close()
	rows, err = q.QueryContext(ctx, `SELECT CAST(strftime('%w', at, 'unixepoch') AS INT),
		CAST(strftime('%H', at, 'unixepoch') AS INT), count(*)`+where+` GROUP BY 1, 2`, period...)
	if err != nil {
		return errs.Wrap(err, "group health")
	}
	for rows.Next() {
		var weekday, hour, n int
		if err := rows.Scan(&weekday, &hour, &n); err != nil {
			rows.Close()
			return errs.Wrap(err, "group health")
		}
		h.Heatmap[(weekday+6)%7][hour] = n
	}
	rows.Close()
	err = q.QueryRowContext(ctx, `SELECT count(DISTINCT member_id)`+where, period...).Scan(&h.Speakers)
	return errs.Wrap(err, "group health")
}

func (h *Health) readTiers(ctx context.Context, q *sql.DB, members string, args []any) error {
	rows, err := q.QueryContext(ctx, `SELECT tier, count(*) FROM member_tiers WHERE member_id IN (`+members+`) GROUP BY tier`, args...)
	if err != nil {
		return errs.Wrap(err, "group health")
	}
	defer rows.Close()
	for rows.Next() {
		var tier string
		var n int
		if err := rows.Scan(&tier, &n); err != nil {
			return errs.Wrap(err, "group health")
		}
		h.Tiers[tier] = n
	}
	return errs.Wrap(rows.Err(), "group health")
}

func (h *Health) score() {
	if h.Members == 0 {
		return
	}
	m := float64(h.Members)
	h.MessagesPer100 = float64(h.Messages) / float64(h.Days) / m * 100
	h.Participation = float64(h.Speakers) / m
	h.SilentShare = float64(h.Silent) / m
	// Without any chat export imported, silence says nothing about the members.
	h.SilentAlert = h.Recorded && h.SilentShare > h.Thresholds.SilentShare
}
