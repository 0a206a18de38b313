package rewards

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/invites"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

// The invitation queue drafts a message from the creator TO a member. A
// batch can be marked as sent at a member's referral (推荐人: "小美 brought
// these friends"): each of its drafts marked joined, by hand or by the
// join matching, links the draft's member (the invitee) to that referrer
// (the inviter). A draft leaving joined takes its link away again.

// Skip is a member a queue could not link, and why.
type Skip struct {
	MemberID int64
	Nickname string
	Key      string // err.rewards.self, err.rewards.cycle, ui.engagement.rewards.skip_has_inviter
	Params   errs.Params
}

// QueueReport is what linking a batch's joined drafts did.
type QueueReport struct {
	Linked  int
	Skipped []Skip
}

// Referral is a batch of the queue and the member it was sent for.
type Referral struct {
	BatchID   int64
	BatchName string
	GroupName string
	Joined    int   // drafts marked joined
	InviterID int64 // 0: not sent at anyone's referral
	Inviter   string
	Linked    int // joined drafts linked to the inviter
}

// draftMoved is the queue's hook: it runs in the transaction moving a draft.
func (s *Service) draftMoved(ctx context.Context, tx *sql.Tx, draft int64, state string, now time.Time) error {
	if state != invites.StateJoined {
		_, err := tx.ExecContext(ctx, `DELETE FROM invite_links WHERE source = 'queue' AND draft_id = ?`, draft)
		return errs.Wrap(err, "unlink draft")
	}
	batch, member, ok, err := invites.DraftFor(ctx, tx, draft)
	if err != nil || !ok {
		return err
	}
	var referrer int64
	err = tx.QueryRowContext(ctx, `SELECT inviter_id FROM invite_referrals WHERE batch_id = ?`, batch).Scan(&referrer)
	if errors.Is(err, sql.ErrNoRows) { // not a referred batch
		return nil
	}
	if err != nil {
		return errs.Wrap(err, "read draft")
	}
	_, err = s.linkFromQueue(ctx, tx, queued{batch: batch, draft: draft, member: member, joined: now}, referrer)
	return err
}

// queued is a draft marked joined.
type queued struct {
	batch, draft, member int64
	joined               time.Time
}

// linkFromQueue links q's member to referrer unless they already have an
// inviter, are the referrer, or would close a cycle: then it says why.
func (s *Service) linkFromQueue(ctx context.Context, tx *sql.Tx, q queued, referrer int64) (*Skip, error) {
	had, _, err := currentLink(ctx, tx, q.member)
	if err != nil {
		return nil, err
	}
	if had != 0 {
		return s.skip(ctx, tx, q.member, "ui.engagement.rewards.skip_has_inviter", nil)
	}
	if err := checkLink(ctx, tx, q.member, referrer); err != nil {
		if errs.CodeOf(err) != errs.Invalid {
			return nil, err
		}
		return s.skip(ctx, tx, q.member, errs.As(err).Key, errs.As(err).Params)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO invite_links (invitee_id, inviter_id, source, batch_id, draft_id, joined_on, created_at)
		VALUES (?, ?, 'queue', ?, ?, ?, ?)`, q.member, referrer, q.batch, q.draft, day(q.joined), store.Stamp(s.now()))
	return nil, errs.Wrap(err, "link from queue")
}

func (s *Service) skip(ctx context.Context, q store.Queryer, member int64, key string, params errs.Params) (*Skip, error) {
	nick, err := nickname(ctx, q, member)
	if errs.CodeOf(err) == errs.NotFound { // in the trash: not linked, nothing to say
		return nil, nil
	}
	return &Skip{MemberID: member, Nickname: nick, Key: key, Params: params}, err
}

// SetReferrer marks batch as sent at inviter's referral (0: at nobody's)
// and relinks its drafts already marked joined, in one transaction: the
// links the batch made before go, the new referrer's come.
func (s *Service) SetReferrer(ctx context.Context, batch, inviter int64) (QueueReport, error) {
	if _, err := s.invites.Batch(ctx, batch); err != nil {
		return QueueReport{}, err
	}
	rep := QueueReport{Skipped: []Skip{}}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM invite_links WHERE source = 'queue' AND batch_id = ?`, batch); err != nil {
			return errs.Wrap(err, "unlink batch")
		}
		if inviter == 0 {
			_, err := tx.ExecContext(ctx, `DELETE FROM invite_referrals WHERE batch_id = ?`, batch)
			return errs.Wrap(err, "clear referrer")
		}
		if _, err := nickname(ctx, tx, inviter); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO invite_referrals (batch_id, inviter_id) VALUES (?, ?)
			ON CONFLICT (batch_id) DO UPDATE SET inviter_id = excluded.inviter_id`, batch, inviter)
		if err != nil {
			return errs.Wrap(err, "set referrer")
		}
		return s.linkJoined(ctx, tx, batch, inviter, &rep)
	})
	return rep, err
}

// linkJoined links every joined draft of batch to inviter.
func (s *Service) linkJoined(ctx context.Context, tx *sql.Tx, batch, inviter int64, rep *QueueReport) error {
	drafts, err := invites.JoinedDraftsOf(ctx, tx, batch)
	if err != nil {
		return err
	}
	joined := make([]queued, 0, len(drafts))
	for _, d := range drafts {
		t, _ := store.ParseStamp(d.At)
		joined = append(joined, queued{batch: batch, draft: d.ID, member: d.MemberID, joined: t.Local()})
	}
	for _, q := range joined {
		skip, err := s.linkFromQueue(ctx, tx, q, inviter)
		switch {
		case err != nil:
			return err
		case skip != nil:
			rep.Skipped = append(rep.Skipped, *skip)
		default:
			rep.Linked++
		}
	}
	return nil
}

// Referrals lists the queue's batches, newest first, with the member each
// was sent for.
func (s *Service) Referrals(ctx context.Context) ([]Referral, error) {
	bs, err := s.invites.Batches(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Referral, 0, len(bs))
	for _, b := range bs {
		r := Referral{BatchID: b.ID, BatchName: b.Name, GroupName: b.GroupName, Joined: b.States[invites.StateJoined]}
		err := s.db.Read().QueryRowContext(ctx, `SELECT r.inviter_id,
			(SELECT count(*) FROM invite_links l WHERE l.source = 'queue' AND l.batch_id = r.batch_id)
			FROM invite_referrals r WHERE r.batch_id = ?`, b.ID).Scan(&r.InviterID, &r.Linked)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, errs.Wrap(err, "read referral")
		}
		out = append(out, r)
	}
	return out, s.nameReferrers(ctx, out)
}

// nameReferrers fills in the referrers' nicknames, in one read; a referral
// whose referrer is gone shows none.
func (s *Service) nameReferrers(ctx context.Context, rs []Referral) error {
	ids := make([]int64, 0, len(rs))
	for _, r := range rs {
		if r.InviterID != 0 {
			ids = append(ids, r.InviterID)
		}
	}
	labels, err := members.LabelsByID(ctx, s.db.Read(), ids)
	for i := range rs {
		if l, ok := labels[rs[i].InviterID]; ok {
			rs[i].Inviter = l.Nickname
		} else {
			rs[i].InviterID, rs[i].Linked = 0, 0
		}
	}
	return err
}
