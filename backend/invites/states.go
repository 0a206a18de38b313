package invites

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

// SetState moves a draft to state. Copying and sending are stamped once;
// going back to drafted clears the stamps; joined puts the member in the
// batch's group, in the same transaction (leaving joined later does not
// take them out: the group's own list is the truth about who is in it).
func (s *Service) SetState(ctx context.Context, id int64, state, lang string) (Draft, error) {
	if !slices.Contains(States, state) {
		return Draft{}, errs.Fields{"state": {Key: "err.invites.state", Params: errs.Params{"Value": state}}}.Err()
	}
	err := s.db.Tx(ctx, func(tx txer) error { return s.setState(ctx, tx, id, state, s.now()) })
	if err != nil {
		return Draft{}, err
	}
	return s.Draft(ctx, id, lang)
}

// stateSQL is how each state sets the stamps.
var stateSQL = map[string]string{
	StateDrafted:  `copied_at = NULL, sent_at = NULL`,
	StateCopied:   `copied_at = coalesce(copied_at, ?1), sent_at = NULL`,
	StateSent:     `copied_at = coalesce(copied_at, ?1), sent_at = coalesce(sent_at, ?1)`,
	StateJoined:   `copied_at = coalesce(copied_at, ?1), sent_at = coalesce(sent_at, ?1)`,
	StateDeclined: `copied_at = coalesce(copied_at, ?1), sent_at = coalesce(sent_at, ?1)`,
	StateSkipped:  `copied_at = copied_at`,
}

func (s *Service) setState(ctx context.Context, tx txer, id int64, state string, now time.Time) error {
	at := store.Stamp(now)
	res, err := tx.ExecContext(ctx, `UPDATE invite_drafts SET state = ?2, state_at = ?1, `+stateSQL[state]+` WHERE id = ?3`, at, state, id)
	if err != nil {
		return errs.Wrap(err, "set draft state")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return errs.New(errs.NotFound, "err.invites.draft_not_found", errs.Params{"ID": id})
	}
	if state == StateJoined {
		if err := joinGroup(ctx, tx, id, now); err != nil {
			return err
		}
	}
	for _, h := range s.hooks {
		if err := h(ctx, tx, id, state, now); err != nil {
			return err
		}
	}
	return nil
}

// joinGroup records the draft's member as joined in the batch's group, in
// the transaction that sets the state.
func joinGroup(ctx context.Context, tx txer, draft int64, now time.Time) error {
	var group sql.NullInt64
	var member int64
	err := tx.QueryRowContext(ctx, `SELECT b.group_id, d.member_id FROM invite_drafts d JOIN invite_batches b ON b.id = d.batch_id
		WHERE d.id = ?`, draft).Scan(&group, &member)
	if err != nil || !group.Valid {
		return errs.Wrap(ignoreNoRows(err), "join group")
	}
	return members.JoinGroup(ctx, tx, group.Int64, member, now)
}

func ignoreNoRows(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	return err
}

// Edit replaces a draft's text (marked edited).
func (s *Service) Edit(ctx context.Context, id int64, text, lang string) (Draft, error) {
	if strings.TrimSpace(text) == "" {
		return Draft{}, errs.Fields{"text": {Key: "err.invites.empty_text"}}.Err()
	}
	if len(text) > MaxText {
		return Draft{}, errs.Fields{"text": {Key: "err.field.too_long", Params: errs.Params{"Max": MaxText}}}.Err()
	}
	res, err := s.db.Write().ExecContext(ctx, `UPDATE invite_drafts SET text = ?, edited = 1 WHERE id = ?`, text, id)
	if err != nil {
		return Draft{}, errs.Wrap(err, "edit draft")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return Draft{}, errs.New(errs.NotFound, "err.invites.draft_not_found", errs.Params{"ID": id})
	}
	return s.Draft(ctx, id, lang)
}
