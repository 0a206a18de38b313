package rewards

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

// Where a link comes from.
const (
	SourceHand   = "hand"   // set in the member drawer
	SourceQueue  = "queue"  // a draft of a referred batch marked joined
	SourceImport = "import" // the 邀请人 column of a member import
)

// Link is who invited a member.
type Link struct {
	InviteeID int64
	InviterID int64
	Inviter   string // the inviter's nickname
	Source    string
	BatchID   int64 // queue: the batch
	CreatedAt time.Time
}

// Inviter returns who invited member; ok is false when nobody is recorded.
func (s *Service) Inviter(ctx context.Context, member int64) (l Link, ok bool, err error) {
	var batch sql.NullInt64
	var created string
	err = s.db.Read().QueryRowContext(ctx, `SELECT l.invitee_id, l.inviter_id, l.source, l.batch_id, l.created_at
		FROM invite_links l WHERE l.invitee_id = ?`, member).
		Scan(&l.InviteeID, &l.InviterID, &l.Source, &batch, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return Link{}, false, nil
	}
	if err != nil {
		return Link{}, false, errs.Wrap(err, "read inviter")
	}
	labels, err := members.LabelsByID(ctx, s.db.Read(), []int64{l.InviterID})
	lb, ok := labels[l.InviterID]
	if !ok || err != nil {
		return Link{}, false, err
	}
	l.Inviter = lb.Nickname
	l.BatchID = batch.Int64
	l.CreatedAt, _ = store.ParseStamp(created)
	return l, true, nil
}

// SetInviter records inviter as the one who invited invitee, by hand (0
// clears it). The change is logged so UndoInviter can put it back. A
// member cannot invite themselves, and a link closing a cycle (A invited
// B who invited A) is refused.
func (s *Service) SetInviter(ctx context.Context, invitee, inviter int64) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		return s.changeLink(ctx, tx, invitee, inviter, SourceHand)
	})
}

// changeLink sets (or with inviter 0 clears) invitee's inviter and logs
// the change; setting what is already there changes and logs nothing.
func (s *Service) changeLink(ctx context.Context, tx *sql.Tx, invitee, inviter int64, source string) error {
	if _, err := nickname(ctx, tx, invitee); err != nil {
		return err
	}
	if inviter != 0 {
		if err := checkLink(ctx, tx, invitee, inviter); err != nil {
			return err
		}
	}
	before, beforeSrc, err := currentLink(ctx, tx, invitee)
	if err != nil || before == inviter {
		return err
	}
	if err := s.writeLink(ctx, tx, invitee, inviter, source); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO invite_link_changes (invitee_id, before_id, before_src, after_id, source, created_at)
		VALUES (?, ?, ?, ?, ?, ?)`, invitee, nullID(before), nullText(beforeSrc), nullID(inviter), source, store.Stamp(s.now()))
	return errs.Wrap(err, "log inviter change")
}

// writeLink puts invitee's link to inviter from source, or drops it when
// inviter is 0.
func (s *Service) writeLink(ctx context.Context, tx *sql.Tx, invitee, inviter int64, source string) error {
	if inviter == 0 {
		_, err := tx.ExecContext(ctx, `DELETE FROM invite_links WHERE invitee_id = ?`, invitee)
		return errs.Wrap(err, "clear inviter")
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO invite_links (invitee_id, inviter_id, source, created_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (invitee_id) DO UPDATE SET inviter_id = excluded.inviter_id, source = excluded.source,
		batch_id = NULL, draft_id = NULL, joined_on = NULL, created_at = excluded.created_at`,
		invitee, inviter, source, store.Stamp(s.now()))
	return errs.Wrap(err, "set inviter")
}

// checkLink refuses a link from inviter to invitee that is to oneself,
// names a member not there, or closes a cycle: invitee already up
// inviter's chain of inviters.
func checkLink(ctx context.Context, q store.Queryer, invitee, inviter int64) error {
	if invitee == inviter {
		return errs.New(errs.Invalid, "err.rewards.self", nil)
	}
	from, err := nickname(ctx, q, inviter)
	if err != nil {
		return err
	}
	var cycle bool
	err = q.QueryRowContext(ctx, `WITH RECURSIVE up(id) AS (SELECT ?1
		UNION SELECT l.inviter_id FROM invite_links l JOIN up ON l.invitee_id = up.id)
		SELECT EXISTS (SELECT 1 FROM up WHERE id = ?2)`, inviter, invitee).Scan(&cycle)
	if err != nil {
		return errs.Wrap(err, "check inviter cycle")
	}
	if cycle {
		to, _ := nickname(ctx, q, invitee)
		return errs.New(errs.Invalid, "err.rewards.cycle", errs.Params{"Inviter": from, "Invitee": to})
	}
	return nil
}

// currentLink is invitee's inviter now (0 for none) and where it came from.
func currentLink(ctx context.Context, q store.Queryer, invitee int64) (int64, string, error) {
	var inviter int64
	var source string
	err := q.QueryRowContext(ctx, `SELECT inviter_id, source FROM invite_links WHERE invitee_id = ?`, invitee).Scan(&inviter, &source)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", nil
	}
	return inviter, source, errs.Wrap(err, "read inviter")
}

// nickname reads a live member's nickname (members owns the table).
func nickname(ctx context.Context, q store.Queryer, id int64) (string, error) {
	l, err := liveLabel(ctx, q, id)
	return l.Nickname, err
}

// liveLabel reads a live member's label: not found for one in the trash.
func liveLabel(ctx context.Context, q store.Queryer, id int64) (members.Label, error) {
	labels, err := members.LabelsByID(ctx, q, []int64{id})
	if err != nil {
		return members.Label{}, err
	}
	if l, ok := labels[id]; ok && !l.Trashed {
		return l, nil
	}
	return members.Label{}, errs.New(errs.NotFound, "err.rewards.member_not_found", errs.Params{"ID": id})
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func nullText(s string) any {
	if s == "" {
		return nil
	}
	return s
}
