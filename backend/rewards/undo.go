package rewards

import (
	"context"
	"database/sql"
	"errors"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// UndoInviter puts invitee's inviter back as it was before the last change
// made by hand or by an import that is not undone yet; undoing again goes
// one change further back. A link changed since (by the queue) is not
// overwritten: the undo is refused as stale.
func (s *Service) UndoInviter(ctx context.Context, invitee int64) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		var id int64
		var before, after sql.NullInt64
		var beforeSrc sql.NullString
		err := tx.QueryRowContext(ctx, `SELECT id, before_id, before_src, after_id FROM invite_link_changes
			WHERE invitee_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1`, invitee).Scan(&id, &before, &beforeSrc, &after)
		if errors.Is(err, sql.ErrNoRows) {
			return errs.New(errs.NotFound, "err.rewards.nothing_to_undo", nil)
		}
		if err != nil {
			return errs.Wrap(err, "read inviter change")
		}
		now, _, err := currentLink(ctx, tx, invitee)
		if err != nil {
			return err
		}
		if now != after.Int64 {
			return errs.New(errs.Conflict, "err.rewards.undo_stale", nil)
		}
		if before.Valid {
			if err := checkLink(ctx, tx, invitee, before.Int64); err != nil {
				return err
			}
		}
		if err := s.writeLink(ctx, tx, invitee, before.Int64, beforeSrc.String); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE invite_link_changes SET undone_at = ? WHERE id = ?`, store.Stamp(s.now()), id)
		return errs.Wrap(err, "close inviter change")
	})
}

// CanUndoInviter tells whether invitee has a change UndoInviter can undo.
func (s *Service) CanUndoInviter(ctx context.Context, invitee int64) (bool, error) {
	var n int
	err := s.db.Read().QueryRowContext(ctx, `SELECT count(*) FROM invite_link_changes WHERE invitee_id = ? AND undone_at IS NULL`,
		invitee).Scan(&n)
	return n > 0, errs.Wrap(err, "read inviter changes")
}
