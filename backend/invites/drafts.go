package invites

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/invites/template"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
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

const draftColumns = `d.id, d.batch_id, d.member_id, d.variant, d.position,
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

func (s *Service) queryDrafts(ctx context.Context, q store.Queryer, tail string, args ...any) ([]Draft, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+draftColumns+` FROM invite_drafts d `+tail, args...)
	if err != nil {
		return nil, errs.Wrap(err, "list drafts")
	}
	defer rows.Close()
	out := []Draft{}
	for rows.Next() {
		var d Draft
		if err := rows.Scan(&d.ID, &d.BatchID, &d.MemberID, &d.Variant,
			&d.Position, &d.Text, &d.Edited, &d.State, &d.StateAt); err != nil {
			return nil, errs.Wrap(err, "list drafts")
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, errs.Wrap(err, "list drafts")
	}
	return withContacts(ctx, q, out)
}

// withContacts fills in each draft's member's nickname, platform and id,
// leaving out drafts whose member is gone.
func withContacts(ctx context.Context, q store.Queryer, ds []Draft) ([]Draft, error) {
	if len(ds) == 0 {
		return ds, nil
	}
	ids := make([]int64, len(ds))
	for i, d := range ds {
		ids[i] = d.MemberID
	}
	cs, err := members.Contacts(ctx, q, ids)
	if err != nil {
		return nil, err
	}
	out := ds[:0]
	for _, d := range ds {
		if c, ok := cs[d.MemberID]; ok {
			d.Nickname, d.Platform, d.PlatformID = c.Nickname, c.Platform, c.PlatformID
			out = append(out, d)
		}
	}
	return out, nil
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

func getDraft(ctx context.Context, s *Service, q store.Queryer, id int64) (Draft, error) {
	ds, err := s.queryDrafts(ctx, q, `WHERE d.id = ?`, id)
	if err == nil && len(ds) == 0 {
		err = errs.New(errs.NotFound, "err.invites.draft_not_found", errs.Params{"ID": id})
	}
	if err != nil {
		return Draft{}, err
	}
	return ds[0], nil
}
