package invites

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/invites/template"
)

// States of an invitation, in funnel order; skipped is off the funnel.
const (
	StateDrafted  = "drafted"
	StateCopied   = "copied"
	StateSent     = "sent"
	StateJoined   = "joined"
	StateDeclined = "declined"
	StateSkipped  = "skipped"
)

// States lists them.
var States = []string{StateDrafted, StateCopied, StateSent, StateJoined, StateDeclined, StateSkipped}

// MaxText caps an edited draft, in bytes.
const MaxText = template.MaxBody

// Draft is one invitation in the queue.
type Draft struct {
	ID         int64
	BatchID    int64
	MemberID   int64
	Nickname   string
	Platform   string
	PlatformID string
	Variant    string
	Position   int
	Text       string
	Edited     bool
	State      string
	StateAt    string
	Problems   []template.Problem // ad-law words and the length, spans in Text
}

const draftColumns = `d.id, d.batch_id, d.member_id, m.nickname, m.platform, m.platform_id, d.variant, d.position,
	d.text, d.edited, d.state, d.state_at`

// Queue returns a batch's drafts in order, each checked.
func (s *Service) Queue(ctx context.Context, batch int64, lang string) ([]Draft, error) {
	if _, err := s.Batch(ctx, batch); err != nil {
		return nil, err
	}
	ds, err := s.queryDrafts(ctx, s.db.Read(), `WHERE d.batch_id = ? ORDER BY d.position`, batch)
	if err != nil {
		return nil, err
	}
	return ds, s.check(ctx, ds, lang)
}

func (s *Service) check(ctx context.Context, ds []Draft, lang string) error {
	st, err := s.Settings(ctx)
	if err != nil {
		return err
	}
	c := NewChecker(st, lang)
	for i := range ds {
		ds[i].Problems = c.Text(ds[i].Text, ds[i].Platform)
	}
	return nil
}

func (s *Service) queryDrafts(ctx context.Context, q queryer, tail string, args ...any) ([]Draft, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+draftColumns+` FROM invite_drafts d JOIN members m ON m.id = d.member_id `+tail, args...)
	if err != nil {
		return nil, errs.Wrap(err, "list drafts")
	}
	defer rows.Close()
	out := []Draft{}
	for rows.Next() {
		var d Draft
		if err := rows.Scan(&d.ID, &d.BatchID, &d.MemberID, &d.Nickname, &d.Platform, &d.PlatformID, &d.Variant,
			&d.Position, &d.Text, &d.Edited, &d.State, &d.StateAt); err != nil {
			return nil, errs.Wrap(err, "list drafts")
		}
		out = append(out, d)
	}
	return out, errs.Wrap(rows.Err(), "list drafts")
}

// Draft returns one draft, checked.
func (s *Service) Draft(ctx context.Context, id int64, lang string) (Draft, error) {
	d, err := getDraft(ctx, s, s.db.Read(), id)
	if err != nil {
		return Draft{}, err
	}
	ds := []Draft{d}
	err = s.check(ctx, ds, lang)
	return ds[0], err
}

func getDraft(ctx context.Context, s *Service, q queryer, id int64) (Draft, error) {
	ds, err := s.queryDrafts(ctx, q, `WHERE d.id = ?`, id)
	if err == nil && len(ds) == 0 {
		err = errs.New(errs.NotFound, "err.invites.draft_not_found", errs.Params{"ID": id})
	}
	if err != nil {
		return Draft{}, err
	}
	return ds[0], nil
}

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
	at := stamp(now)
	res, err := tx.ExecContext(ctx, `UPDATE invite_drafts SET state = ?2, state_at = ?1, `+stateSQL[state]+` WHERE id = ?3`, at, state, id)
	if err != nil {
		return errs.Wrap(err, "set draft state")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return errs.New(errs.NotFound, "err.invites.draft_not_found", errs.Params{"ID": id})
	}
	if state == StateJoined {
		return joinGroup(ctx, tx, id, now)
	}
	return nil
}

// joinGroup records the draft's member as joined in the batch's group. It
// writes memberships directly so the join and the state share a transaction.
func joinGroup(ctx context.Context, tx txer, draft int64, now time.Time) error {
	var group sql.NullInt64
	var member int64
	err := tx.QueryRowContext(ctx, `SELECT b.group_id, d.member_id FROM invite_drafts d JOIN invite_batches b ON b.id = d.batch_id
		WHERE d.id = ?`, draft).Scan(&group, &member)
	if err != nil || !group.Valid {
		return errs.Wrap(ignoreNoRows(err), "join group")
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO memberships (group_id, member_id, role, status, joined_at) VALUES (?, ?, 'member', 'joined', ?)
		ON CONFLICT (group_id, member_id) DO UPDATE SET status = 'joined', left_at = NULL,
		joined_at = coalesce(memberships.joined_at, excluded.joined_at)`, group.Int64, member, now.Format("2006-01-02"))
	return errs.Wrap(err, "join group")
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
