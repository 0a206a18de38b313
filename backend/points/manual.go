package points

import (
	"context"
	"database/sql"
	"strings"
	"time"
	"unicode/utf8"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

// ManualInput is an award (points > 0) or a deduction (< 0) typed by
// hand, with its reason; GroupID 0 for none.
type ManualInput struct {
	MemberID int64
	GroupID  int64
	Points   int
	Reason   string
}

// Validate checks the points and the reason.
func (in ManualInput) Validate() error {
	f := errs.Fields{}
	if in.Points == 0 || in.Points < -MaxManual || in.Points > MaxManual {
		f.Add("points", "err.points.manual_points", errs.Params{"Max": MaxManual})
	}
	if n := utf8.RuneCountInString(strings.TrimSpace(in.Reason)); n == 0 || n > maxReason {
		f.Add("reason", "err.points.reason", errs.Params{"Max": maxReason})
	}
	return f.Err()
}

// Manual is a logged manual award or deduction.
type Manual struct {
	ID       int64
	MemberID int64
	GroupID  int64
	Points   int
	Reason   string
	At       time.Time // wall time
	Undone   bool
}

// Award logs a manual award or deduction now and adds it to the stored
// totals in the same transaction.
func (s *Service) Award(ctx context.Context, in ManualInput) (Manual, error) {
	in.Reason = strings.TrimSpace(in.Reason)
	if err := in.Validate(); err != nil {
		return Manual{}, err
	}
	now := s.now()
	m := Manual{MemberID: in.MemberID, GroupID: in.GroupID, Points: in.Points, Reason: in.Reason,
		At: time.Unix(wall(now.In(s.loc)), 0).UTC()}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := memberExists(ctx, tx, in.MemberID); err != nil {
			return err
		}
		if err := groupExists(ctx, tx, in.GroupID); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO points_manual (member_id, group_id, points, reason, at, created_at)
			VALUES (?, ?, ?, ?, ?, ?)`, in.MemberID, nullID(in.GroupID), in.Points, in.Reason, m.At.Unix(), store.Stamp(now))
		if err != nil {
			return errs.Wrap(err, "award points")
		}
		m.ID, _ = res.LastInsertId()
		return s.addToTotals(ctx, tx, m, int64(m.Points))
	})
	return m, err
}

// Undo takes a manual award or deduction back (it stays on record, marked
// undone) and out of the stored totals.
func (s *Service) Undo(ctx context.Context, id int64) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		m, err := manualByID(ctx, tx, id)
		if err != nil {
			return err
		}
		if m.Undone {
			return errs.New(errs.Conflict, "err.points.undone", errs.Params{"ID": id})
		}
		if _, err := tx.ExecContext(ctx, `UPDATE points_manual SET undone_at = ? WHERE id = ?`, store.Stamp(s.now()), id); err != nil {
			return errs.Wrap(err, "undo points")
		}
		return s.addToTotals(ctx, tx, m, -int64(m.Points))
	})
}

// ManualOf lists a member's manual awards and deductions, newest first.
func (s *Service) ManualOf(ctx context.Context, member int64) ([]Manual, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT id, member_id, coalesce(group_id, 0), points, reason, at,
		undone_at IS NOT NULL FROM points_manual WHERE member_id = ? ORDER BY id DESC`, member)
	if err != nil {
		return nil, errs.Wrap(err, "list manual points")
	}
	defer rows.Close()
	out := []Manual{}
	for rows.Next() {
		m, err := scanManual(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, errs.Wrap(rows.Err(), "list manual points")
}

type scanner interface{ Scan(dest ...any) error }

func scanManual(r scanner) (Manual, error) {
	var m Manual
	var at int64
	err := r.Scan(&m.ID, &m.MemberID, &m.GroupID, &m.Points, &m.Reason, &at, &m.Undone)
	m.At = time.Unix(at, 0).UTC()
	return m, err
}

func manualByID(ctx context.Context, tx *sql.Tx, id int64) (Manual, error) {
	m, err := scanManual(tx.QueryRowContext(ctx, `SELECT id, member_id, coalesce(group_id, 0), points, reason, at,
		undone_at IS NOT NULL FROM points_manual WHERE id = ?`, id))
	if err == sql.ErrNoRows {
		return m, errs.New(errs.NotFound, "err.points.manual_not_found", errs.Params{"ID": id})
	}
	return m, errs.Wrap(err, "read manual points")
}

// addToTotals adds pts of m to the stored totals of its group and of all
// groups, in the periods the totals split; nothing before a first
// recompute (the totals are stale then anyway).
func (s *Service) addToTotals(ctx context.Context, tx *sql.Tx, m Manual, pts int64) error {
	var st state
	if err := readSetting(ctx, tx, stateKey, &st); err != nil || st.ComputedAt == "" {
		return err
	}
	day := int32(floorDay(m.At.Unix()))
	month, week := int64(0), int64(0)
	if day >= st.Month {
		month = pts
	}
	if day >= st.Week {
		week = pts
	}
	for _, scope := range scopesOf(m.GroupID) {
		if _, err := tx.ExecContext(ctx, `INSERT INTO points_totals (scope, member_id, total, month, week)
			VALUES (?, ?, ?, ?, ?) ON CONFLICT(scope, member_id) DO UPDATE SET total = total + excluded.total,
			month = month + excluded.month, week = week + excluded.week`, scope, m.MemberID, pts, month, week); err != nil {
			return errs.Wrap(err, "update points totals")
		}
	}
	return nil
}

// scopesOf are the totals a fact in group counts in: all groups, and its own.
func scopesOf(group int64) []int64 {
	if group == 0 {
		return []int64{0}
	}
	return []int64{0, group}
}

func memberExists(ctx context.Context, tx *sql.Tx, id int64) error {
	ok, err := members.IsLive(ctx, tx, id)
	if err != nil {
		return err
	}
	if !ok {
		return errs.New(errs.NotFound, "err.member.not_found", errs.Params{"ID": id})
	}
	return nil
}

// groupExists checks a group named by id (0: none, always fine).
func groupExists(ctx context.Context, tx *sql.Tx, id int64) error {
	if id == 0 {
		return nil
	}
	ok, err := groups.Exists(ctx, tx, id)
	if err != nil {
		return err
	}
	if !ok {
		return errs.New(errs.NotFound, "err.group.not_found", errs.Params{"ID": id})
	}
	return nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}
