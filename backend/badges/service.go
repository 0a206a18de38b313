package badges

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Service evaluates, awards and lists badges.
type Service struct {
	db         *store.DB
	now        func() time.Time
	invitedNth func(ctx context.Context, n int) (map[int64]string, error)
	records    Records
}

// NewService returns the badges service over db.
func NewService(db *store.DB) *Service { return &Service{db: db, now: time.Now} }

// SetClock makes the service read the time from now (tests).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// Summary is what an evaluation stored: the members holding each badge
// (rule and hand badges; taken-back ones do not count).
type Summary struct {
	Members int            `json:"members"`
	Badges  map[string]int `json:"badges"`
}

// Evaluate works out every rule badge from the records and replaces the
// stored ones in one transaction; hand awards and badges taken back stay as
// they are. progress gets done of total after each step; cancelled, it
// stores nothing and returns errs.ErrCancelled.
func (s *Service) Evaluate(ctx context.Context, progress func(done, total int)) (Summary, error) {
	set, err := s.Settings(ctx)
	if err != nil {
		return Summary{}, err
	}
	in := Input{Settings: set, Now: s.now(), InvitedNth: s.invitedNth, Records: s.records}
	total := len(Rules) + 1
	var earned []Earned
	for i, r := range Rules {
		if ctx.Err() != nil {
			return Summary{}, errs.ErrCancelled
		}
		got, err := r.Earn(ctx, s.db.Read(), in)
		if err != nil {
			return Summary{}, cancelledOr(ctx, err)
		}
		earned = append(earned, got...)
		progress(i+1, total)
	}
	if err := s.db.Tx(ctx, func(tx *sql.Tx) error { return s.replaceRuleBadges(ctx, tx, earned) }); err != nil {
		return Summary{}, cancelledOr(ctx, err)
	}
	progress(total, total)
	return s.Summary(ctx)
}

func cancelledOr(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return errs.ErrCancelled
	}
	return err
}

// Summary counts the live members holding each badge.
func (s *Service) Summary(ctx context.Context) (Summary, error) {
	out := Summary{Badges: map[string]int{}}
	trashed, err := s.trashed(ctx)
	if err != nil {
		return out, err
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT badge, count(DISTINCT member_id) FROM member_badges
		WHERE source != 'revoked' AND member_id NOT IN (SELECT value FROM json_each(?)) GROUP BY badge`, trashed)
	if err != nil {
		return out, errs.Wrap(err, "count badges")
	}
	defer rows.Close()
	for rows.Next() {
		var b string
		var n int
		if err := rows.Scan(&b, &n); err != nil {
			return out, errs.Wrap(err, "scan badge count")
		}
		out.Badges[b] = n
	}
	if err := rows.Err(); err != nil {
		return out, errs.Wrap(err, "count badges")
	}
	err = s.db.Read().QueryRowContext(ctx, `SELECT count(DISTINCT member_id) FROM member_badges
		WHERE source != 'revoked' AND member_id NOT IN (SELECT value FROM json_each(?))`, trashed).Scan(&out.Members)
	return out, errs.Wrap(err, "count badge holders")
}

// trashed is the members in the trash, as a JSON array.
func (s *Service) trashed(ctx context.Context) (string, error) {
	if s.records.Members.Trashed == nil {
		return "[]", nil
	}
	ids, err := s.records.Members.Trashed(ctx)
	b, _ := json.Marshal(ids)
	if ids == nil {
		b = []byte("[]")
	}
	return string(b), err
}
