// Package funnel works out the shop funnel of a group (or all groups) over a
// period: 点击 → 咨询 → 购买 (events of kind click, inquiry and purchase, as
// generic CSV imports store them), the conversion between the steps, the
// revenue (the sum of the purchases' values, in the unit they were imported
// in), the purchases by tier, and the trust rule of seed 001: members sold to
// before TrustDays in the group are flagged.
//
// It only reads, through the owners' read models: the shop events from
// activity (the partial indexes of migration 0020), the join dates, tiers
// and names from members, the groups' names from groups.
package funnel

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/settings"
	"qunzhu/backend/store"
	"qunzhu/backend/tiers"
)

// MaxDays is the longest period the funnel shows (the dashboard's).
const MaxDays = 3660

// MaxFlagged is how many flagged members a funnel lists (all are counted).
const MaxFlagged = 200

// The steps, in funnel order.
const (
	Click    = "click"
	Inquiry  = "inquiry"
	Purchase = "purchase"
)

// Kinds are the steps' event kinds, in order.
var Kinds = []string{Click, Inquiry, Purchase}

// Request is a scope (GroupID, 0 for all groups) and a period of whole days,
// From to To inclusive (wall time as the exports show it). TrustDays 0 uses
// the stored setting.
type Request struct {
	GroupID   int64
	From, To  time.Time
	TrustDays int
}

// Validate checks the period and the trust days.
func (r Request) Validate() error {
	f := errs.Fields{}
	if r.From.IsZero() || r.To.IsZero() || r.To.Before(r.From) {
		f.Add("period", "err.funnel.period", nil)
	} else if day(r.To)-day(r.From)+1 > MaxDays {
		f.Add("period", "err.funnel.too_long", errs.Params{"Max": MaxDays})
	}
	if r.GroupID < 0 {
		f.Add("group", "err.funnel.group", nil)
	}
	if r.TrustDays < 0 || r.TrustDays > settings.MaxTrustDays {
		f.Add("trustDays", "err.field.range", errs.Params{"Min": 1, "Max": settings.MaxTrustDays})
	}
	return f.Err()
}

func (r Request) start() int64 { return day(r.From) * 86400 }
func (r Request) end() int64   { return (day(r.To) + 1) * 86400 }

// day is the unix day of t's wall date.
func day(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// Funnel is one scope over one period.
type Funnel struct {
	Request
	Recorded     bool    // the scope holds a click, inquiry or purchase at any time
	Steps        []Step  // click, inquiry, purchase
	Overall      Rate    // buyers / clickers
	Revenue      float64 // sum of the purchases' values, as imported
	ByTier       []TierLine
	Flagged      []Flag // the first MaxFlagged, by first purchase
	FlaggedTotal int
}

// Step is one step of the funnel: its events and the distinct members who
// did it; Rate is its members over the previous step's (none for clicks).
type Step struct {
	Kind    string
	Events  int
	Members int
	Value   float64 // the values' sum (the revenue, for purchases)
	Rate    Rate
}

// Rate is a share; Known is false when its base is zero.
type Rate struct {
	Value float64
	Known bool
}

func rateOf(n, base int) Rate {
	if base == 0 {
		return Rate{}
	}
	return Rate{Value: float64(n) / float64(base), Known: true}
}

// TierLine is the purchases by members of one tier ("" for members not
// scored yet).
type TierLine struct {
	Tier      string
	Purchases int
	Buyers    int
	Revenue   float64
}

// Flag is a member sold to before TrustDays in the group: their first
// purchase of the period in that group, and their days in it by then.
type Flag struct {
	MemberID      int64
	Nickname      string
	GroupID       int64
	Group         string
	Joined        string // YYYY-MM-DD
	FirstPurchase time.Time
	Days          int
}

// Service reads funnels.
type Service struct {
	db       *store.DB
	settings *settings.Service
}

// NewService returns a Service over db.
func NewService(db *store.DB, s *settings.Service) *Service {
	return &Service{db: db, settings: s}
}

// Get works out the funnel for r.
func (s *Service) Get(ctx context.Context, r Request) (Funnel, error) {
	if err := r.Validate(); err != nil {
		return Funnel{}, err
	}
	if r.TrustDays == 0 {
		set, err := s.settings.Funnel(ctx)
		if err != nil {
			return Funnel{}, err
		}
		r.TrustDays = set.TrustDays
	}
	f := Funnel{Request: r}
	tx, err := s.db.Read().BeginTx(ctx, nil) // one snapshot: an import meanwhile changes no part alone
	if err != nil {
		return Funnel{}, errs.Wrap(err, "read funnel")
	}
	defer tx.Rollback()
	for _, read := range []func(context.Context, *sql.Tx, *Funnel) error{readRecorded, readSteps, readPurchases} {
		if err := read(ctx, tx, &f); err != nil {
			return Funnel{}, err
		}
	}
	return f, nil
}

// tierOrder lists the tiers best first, then the members not scored.
func tierOrder() []string {
	out := make([]string, 0, len(tiers.Tiers)+1)
	for _, t := range tiers.Tiers {
		out = append(out, string(t))
	}
	return append(out, "")
}
