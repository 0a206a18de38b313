// Package dashboard works out, for one group or all of them and a period,
// everything the morning dashboard shows: members and their growth, joins
// and leaves, tiers, messages and speakers per day, reach, participation,
// the silent share, the invitation funnel, the recent votes and draws, and
// the plan: the period's items and their 7-2-1 mix, today's, the violations.
// Each KPI is counted as package kpi defines it; Group health and the review
// read them here (KPIs, Recorded).
// It reads the summaries (package summaries: per day counts and member sets,
// each member's last events, the tiers) that the writers of events and
// tiers keep up to date in their own transaction, and reads the events
// themselves only for a past period a member id does not fit the sets of,
// through Events. It writes nothing but, once, the summaries of a database
// that held events before they existed.
package dashboard

import (
	"context"
	"database/sql"
	"sync/atomic"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/kpi"
	"qunzhu/backend/store"
	"qunzhu/backend/summaries"
	"qunzhu/backend/tiers"
)

// MaxDays is the longest period the dashboard shows.
const MaxDays = 3660

// Request is a scope (GroupID, 0 for all groups) and a period of whole days,
// From to To inclusive (wall time as the exports show it).
type Request struct {
	GroupID  int64
	From, To time.Time
}

// Validate checks the period.
func (r Request) Validate() error {
	f := errs.Fields{}
	if r.From.IsZero() || r.To.IsZero() || r.To.Before(r.From) {
		f.Add("period", "err.dashboard.period", nil)
	} else if r.days() > MaxDays {
		f.Add("period", "err.dashboard.too_long", errs.Params{"Max": MaxDays})
	}
	if r.GroupID < 0 {
		f.Add("group", "err.dashboard.group", nil)
	}
	return f.Err()
}

func (r Request) start() int64 { return day(r.From) * 86400 }
func (r Request) end() int64   { return (day(r.To) + 1) * 86400 }
func (r Request) days() int    { return int(day(r.To)-day(r.From)) + 1 }

// day is the unix day of t's wall date.
func day(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// Thresholds are the healthy lines, from the tier settings (one type with
// Group health's and the review's: kpi.Lines).
type Thresholds = kpi.Lines

// Dashboard is one scope over one period.
type Dashboard struct {
	Members                                           int // now (joined members of the group, or live members)
	MembersBefore                                     int // at the period's start: Members - Joins + Leaves
	Joins, Leaves                                     int
	Messages                                          int // spoken events in the period
	Events                                            int // all events
	Days                                              int
	Speakers                                          int // distinct members with a spoken event in the period
	Reached                                           int // distinct members with any event in the period
	Silent                                            int // members with no event in the SilentDays before the period's end
	MessagesPer100, Reach, Participation, SilentShare float64
	SilentAlert                                       bool
	Recorded                                          bool // the scope has events on record (at any time)
	Thresholds                                        Thresholds
	Tiers                                             map[string]int
	PerDay                                            []Day
	Funnel                                            Funnel
	Polls                                             []Poll
	Draws                                             []Draw
	Plan                                              Plan
	Summarized                                        bool // period counts came from the last events (else from the days' sets)
}

// Day is one day of the period.
type Day struct {
	Date                        string // YYYY-MM-DD
	Messages, Speakers, Reached int
	Joins, Leaves               int
}

// Service reads dashboards.
type Service struct {
	db       *store.DB
	settings func(ctx context.Context) (tiers.Settings, error)
	events   Events
	built    atomic.Bool // the summaries hold every event
	now      func() time.Time
}

// NewService returns a Service over db; settings gives the tier settings in
// use (their health thresholds), events reads the events (activity.Log).
func NewService(db *store.DB, settings func(ctx context.Context) (tiers.Settings, error), events Events) *Service {
	return &Service{db: db, settings: settings, events: events, now: time.Now}
}

// thresholds are the healthy lines in use.
func (s *Service) thresholds(ctx context.Context) (Thresholds, error) {
	set, err := s.settings(ctx)
	return kpi.LinesOf(set), err
}

// Get works out the dashboard for r.
func (s *Service) Get(ctx context.Context, r Request) (Dashboard, error) {
	return s.read(ctx, r, readMembers, readRecorded, readDays, s.readPeriod, readTiers,
		readFunnel, readPolls, readDraws, s.readPlan)
}

// KPIs works out only the activity side of the dashboard for r: members,
// messages, speakers, reach, the silent, the tiers and the days, by the
// definitions of package kpi. Group health and the review show these.
func (s *Service) KPIs(ctx context.Context, r Request) (Dashboard, error) {
	return s.read(ctx, r, readMembers, readRecorded, readDays, s.readPeriod, readTiers)
}

// Recorded says whether a chat is on record for a group (0: any group):
// the one test behind every "no chat yet".
func (s *Service) Recorded(ctx context.Context, groupID int64) (bool, error) {
	if err := s.ensureBuilt(ctx); err != nil {
		return false, err
	}
	return summaries.Recorded(ctx, s.db.Read(), groupID)
}

type step func(context.Context, store.Queryer, Request, *Dashboard) error

// read runs the steps for r and scores the result.
func (s *Service) read(ctx context.Context, r Request, steps ...step) (Dashboard, error) {
	if err := r.Validate(); err != nil {
		return Dashboard{}, err
	}
	if err := s.ensureBuilt(ctx); err != nil {
		return Dashboard{}, err
	}
	th, err := s.thresholds(ctx)
	if err != nil {
		return Dashboard{}, err
	}
	d := Dashboard{Days: r.days(), Thresholds: th, Tiers: map[string]int{}}
	q := s.db.Read()
	for _, step := range steps {
		if err := step(ctx, q, r, &d); err != nil {
			return Dashboard{}, err
		}
	}
	d.score()
	return d, nil
}

// Figures are the dashboard's KPIs as package kpi defines them.
func (d Dashboard) Figures() kpi.Figures {
	return kpi.Score(kpi.Counts{Members: d.Members, Messages: d.Messages, Days: d.Days, Speakers: d.Speakers,
		Reached: d.Reached, Silent: d.Silent, Recorded: d.Recorded}, d.Thresholds)
}

func (d *Dashboard) score() {
	d.MembersBefore = max(0, d.Members-d.Joins+d.Leaves)
	f := d.Figures()
	d.MessagesPer100, d.Reach, d.Participation, d.SilentShare = f.MessagesPer100, f.Reach, f.Participation, f.SilentShare
	d.SilentAlert = f.SilentAlert
}

// ForgetBuilt makes the next dashboard check again whether the summaries
// hold every event (after the database was replaced by a backup).
func (s *Service) ForgetBuilt() { s.built.Store(false) }

// ensureBuilt counts the summaries from the events once, on a database
// that held events before they existed (migrations 0011 and 0012).
func (s *Service) ensureBuilt(ctx context.Context) error {
	if s.built.Load() {
		return nil
	}
	built, err := summaries.Built(ctx, s.db.Read())
	if err == nil && !built {
		err = s.db.Tx(ctx, func(tx *sql.Tx) error {
			return summaries.Record(ctx, tx, summaries.Rebuilt{Events: s.events})
		})
	}
	if err != nil {
		return errs.Wrap(err, "build dashboard")
	}
	s.built.Store(true)
	return nil
}
