package badges

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// MaxReason bounds a reason's length in characters.
const MaxReason = 200

// Change is a creator's hand: award a badge to a member in a group (0:
// across the workspace), or take it back, with the reason.
type Change struct {
	MemberID int64
	GroupID  int64
	Badge    string
	Reason   string
}

// Validate checks the badge and the reason.
func (c Change) Validate() error {
	f := errs.Fields{}
	if !IsKind(c.Badge) {
		f.Add("badge", "err.badges.kind", errs.Params{"Value": c.Badge})
	}
	reason := strings.TrimSpace(c.Reason)
	if reason == "" {
		f.Add("reason", "err.badges.reason", nil)
	} else if utf8.RuneCountInString(reason) > MaxReason {
		f.Add("reason", "err.field.too_long", errs.Params{"Max": MaxReason})
	}
	return f.Err()
}

// Award gives a member a badge by hand today (local day), with the reason.
// A badge the member already holds there is a conflict; one taken back
// before is given again.
func (s *Service) Award(ctx context.Context, c Change) error {
	if err := c.Validate(); err != nil {
		return err
	}
	now := s.now()
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := s.liveMember(ctx, tx, c.MemberID); err != nil {
			return err
		}
		if src, _ := sourceOf(ctx, tx, c); src == "rule" || src == "hand" {
			return errs.New(errs.Conflict, "err.badges.held", nil)
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO member_badges (member_id, group_id, badge, earned_on, source, reason, changed_at)
			VALUES (?, ?, ?, ?, 'hand', ?, ?) ON CONFLICT DO UPDATE SET earned_on = excluded.earned_on,
			source = 'hand', reason = excluded.reason, changed_at = excluded.changed_at`,
			c.MemberID, c.GroupID, c.Badge, localDay(now).Format(dateLayout), strings.TrimSpace(c.Reason),
			store.Stamp(now))
		return errs.Wrap(err, "award badge")
	})
}

// TakeBack takes a badge the member holds back, with the reason: it stays
// on record as taken back, and evaluations do not give it again until a
// creator awards it anew.
func (s *Service) TakeBack(ctx context.Context, c Change) error {
	if err := c.Validate(); err != nil {
		return err
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if src, _ := sourceOf(ctx, tx, c); src != "rule" && src != "hand" {
			return errs.New(errs.NotFound, "err.badges.not_held", nil)
		}
		_, err := tx.ExecContext(ctx, `UPDATE member_badges SET source = 'revoked', reason = ?, changed_at = ?
			WHERE member_id = ? AND group_id = ? AND badge = ?`,
			strings.TrimSpace(c.Reason), store.Stamp(s.now()), c.MemberID, c.GroupID, c.Badge)
		return errs.Wrap(err, "take back badge")
	})
}

func sourceOf(ctx context.Context, tx *sql.Tx, c Change) (string, error) {
	var src string
	err := tx.QueryRowContext(ctx, `SELECT source FROM member_badges WHERE member_id = ? AND group_id = ? AND badge = ?`,
		c.MemberID, c.GroupID, c.Badge).Scan(&src)
	return src, err
}

func (s *Service) liveMember(ctx context.Context, tx *sql.Tx, id int64) error {
	live := s.records.Members.Live
	if live == nil {
		return errs.New(errs.Internal, "err.internal", nil)
	}
	ok, err := live(ctx, tx, id)
	if err != nil {
		return errs.Wrap(err, "find member")
	}
	if !ok {
		return errs.New(errs.NotFound, "err.badges.no_member", errs.Params{"ID": id})
	}
	return nil
}
