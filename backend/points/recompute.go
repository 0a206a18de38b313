package points

import (
	"context"
	"database/sql"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/invites"
	"qunzhu/backend/lottery"
	"qunzhu/backend/members"
	"qunzhu/backend/planner"
	"qunzhu/backend/polls"
	"qunzhu/backend/settings"
	"qunzhu/backend/store"
)

// Counted is what a recompute went through: the members with points facts
// and the facts (events and records) counted.
type Counted struct {
	Members int `json:"members"`
	Events  int `json:"events"`
}

// state is what the stored totals were computed from: the periods they
// split, and a fingerprint of the data and rules (fingerprint).
type state struct {
	Fingerprint string `json:"fingerprint"`
	Month       int32  `json:"month"`
	Week        int32  `json:"week"`
	Counted
	ComputedAt string `json:"computedAt"`
}

// Recompute works out every member's points from the events and records
// up to now (a wall time) and stores the totals in one transaction.
// report (may be nil) hears the progress in thousandths; cancelled, it
// stores nothing.
func (s *Service) Recompute(ctx context.Context, now time.Time, report func(permille int)) (Counted, error) {
	if report == nil {
		report = func(int) {}
	}
	fp, err := s.fingerprint(ctx)
	if err != nil {
		return Counted{}, err
	}
	t, err := s.tally(ctx, wall(now), func(p int) { report(p * 9 / 10) })
	if err != nil {
		return Counted{}, err
	}
	rows, members := t.totals()
	st := state{Fingerprint: fp, Month: t.p.month, Week: t.p.week, Counted: Counted{members, t.facts},
		ComputedAt: store.Stamp(s.now())}
	if ctx.Err() != nil {
		return Counted{}, errs.ErrCancelled
	}
	if err := s.db.Tx(ctx, func(tx *sql.Tx) error { return storeTotals(ctx, tx, rows, st) }); err != nil {
		return Counted{}, err
	}
	report(1000)
	return st.Counted, nil
}

// tally counts every event and record under the rules in force.
func (s *Service) tally(ctx context.Context, now int64, report func(permille int)) (*table, error) {
	book, err := s.ruleBook(ctx)
	if err != nil {
		return nil, err
	}
	q := s.db.Read()
	lo, hi, err := members.IDSpan(ctx, q)
	if err != nil {
		return nil, err
	}
	lastGroup, err := groups.MaxID(ctx, q)
	if err != nil {
		return nil, err
	}
	if lastGroup >= maxGroup || hi >= maxMember {
		return nil, errs.New(errs.Internal, "err.internal", nil)
	}
	p := periodsAt(now)
	t, err := scanEvents(ctx, q, func() *table { return newTable(lo, hi, book, p) }, report)
	if err != nil {
		return nil, err
	}
	return t, s.countRecords(ctx, q, t, 0)
}

// ruleBook reads the workspace's rules and every group's override.
func (s *Service) ruleBook(ctx context.Context) (ruleBook, error) {
	ws, err := s.Rules(ctx)
	if err != nil {
		return ruleBook{}, err
	}
	overrides, err := s.Overrides(ctx)
	book := ruleBook{workspace: &ws, groups: map[int64]*Rules{}}
	for g, o := range overrides {
		r := o.Over(ws)
		book.groups[g] = &r
	}
	return book, err
}

// fingerprint sums up what the totals depend on, cheaply and in one
// snapshot: the newest event, ballot, violation and accepted invitation,
// the counts of the smaller record tables, the members' last change
// (merges move events), the rules and the groups' overrides. (Manual
// awards keep the totals up to date themselves.)
func (s *Service) fingerprint(ctx context.Context) (string, error) {
	tx, err := s.db.Read().BeginTx(ctx, nil)
	if err != nil {
		return "", errs.Wrap(err, "points fingerprint")
	}
	defer tx.Rollback()
	parts := make([]string, 0, len(fingerprintParts))
	for _, part := range fingerprintParts {
		p, err := part(ctx, tx)
		if err != nil {
			return "", errs.Wrap(err, "points fingerprint")
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "|"), nil
}

// fingerprintParts are the marks the fingerprint joins, each from the
// owner of what it sums up.
var fingerprintParts = []func(context.Context, *sql.Tx) (string, error){
	func(ctx context.Context, tx *sql.Tx) (string, error) {
		id, err := activity.LastEventID(ctx, tx)
		return strconv.FormatInt(id, 10), err
	},
	func(ctx context.Context, tx *sql.Tx) (string, error) { return polls.BallotsMark(ctx, tx) },
	func(ctx context.Context, tx *sql.Tx) (string, error) { return lottery.EntriesMark(ctx, tx) },
	func(ctx context.Context, tx *sql.Tx) (string, error) { return invites.JoinedMark(ctx, tx) },
	func(ctx context.Context, tx *sql.Tx) (string, error) { return planner.ViolationsMark(ctx, tx) },
	func(ctx context.Context, tx *sql.Tx) (string, error) { return members.ChangedMark(ctx, tx) },
	func(ctx context.Context, tx *sql.Tx) (string, error) {
		v, _, err := settings.RawValue(ctx, tx, rulesKey)
		return v, err
	},
	overridesMark,
}

// overridesMark is every group's override, as "group=value;...".
func overridesMark(ctx context.Context, tx *sql.Tx) (string, error) {
	var out string
	err := tx.QueryRowContext(ctx, `SELECT coalesce(group_concat(group_id || '=' || value, ';'), '')
		FROM points_overrides`).Scan(&out)
	return out, err
}

// Stale reports whether the stored totals miss changes to the data or the
// rules, or were split into periods before the current week began.
func (s *Service) Stale(ctx context.Context, now time.Time) (bool, error) {
	st, err := s.readState(ctx)
	if err != nil || st == nil {
		return true, err
	}
	fp, err := s.fingerprint(ctx)
	p := periodsAt(wall(now))
	return fp != st.Fingerprint || p != (periods{st.Month, st.Week}), err
}

func (s *Service) readState(ctx context.Context) (*state, error) {
	var st state
	if err := readSetting(ctx, s.db.Read(), stateKey, &st); err != nil || st.ComputedAt == "" {
		return nil, err
	}
	return &st, nil
}

const (
	totalColumns = 5
	totalChunk   = 200
)

// storeTotals replaces the stored totals with rows and records st.
func storeTotals(ctx context.Context, tx *sql.Tx, rows []total, st state) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM points_totals`); err != nil {
		return errs.Wrap(err, "clear points")
	}
	var full *sql.Stmt
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	args := make([]any, 0, totalChunk*totalColumns)
	for start := 0; start < len(rows); start += totalChunk {
		end := min(start+totalChunk, len(rows))
		args = args[:0]
		for _, r := range rows[start:end] {
			args = append(args, r.scope, r.member, r.total, r.month, r.week)
		}
		if err := insertTotals(ctx, tx, end-start, &full, args); err != nil {
			return err
		}
	}
	raw, _ := json.Marshal(st)
	return errs.Wrap(settings.PutRaw(ctx, tx, stateKey, string(raw)), "store points")
}

// insertTotals stores n rows, keeping the statement for a whole chunk.
func insertTotals(ctx context.Context, tx *sql.Tx, n int, full **sql.Stmt, args []any) error {
	st := *full
	if n != totalChunk || st == nil {
		row := "(?,?,?,?,?)"
		var err error
		st, err = tx.PrepareContext(ctx, `INSERT INTO points_totals (scope, member_id, total, month, week) VALUES `+
			row+strings.Repeat(","+row, n-1))
		if err != nil {
			return errs.Wrap(err, "store points")
		}
		if n == totalChunk {
			*full = st
		} else {
			defer st.Close()
		}
	}
	_, err := st.ExecContext(ctx, args...)
	return errs.Wrap(err, "store points")
}
