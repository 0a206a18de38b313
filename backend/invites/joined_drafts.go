package invites

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// DraftFor is the batch and the member of a draft; ok is false when there
// is no such draft.
func DraftFor(ctx context.Context, q store.Queryer, draft int64) (batch, member int64, ok bool, err error) {
	err = q.QueryRowContext(ctx, `SELECT batch_id, member_id FROM invite_drafts WHERE id = ?`, draft).Scan(&batch, &member)
	if err == sql.ErrNoRows {
		return 0, 0, false, nil
	}
	return batch, member, err == nil, errs.Wrap(err, "read draft")
}

// JoinedDraft is a draft marked joined: its member and when (a UTC stamp).
type JoinedDraft struct {
	ID       int64
	MemberID int64
	At       string
}

// JoinedDraftsOf lists the batch's drafts marked joined, in queue order.
func JoinedDraftsOf(ctx context.Context, q store.Queryer, batch int64) ([]JoinedDraft, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, member_id, state_at FROM invite_drafts
		WHERE batch_id = ? AND state = 'joined' ORDER BY position`, batch)
	if err != nil {
		return nil, errs.Wrap(err, "read joined drafts")
	}
	defer rows.Close()
	var out []JoinedDraft
	for rows.Next() {
		var d JoinedDraft
		if err := rows.Scan(&d.ID, &d.MemberID, &d.At); err != nil {
			return nil, errs.Wrap(err, "read joined drafts")
		}
		out = append(out, d)
	}
	return out, errs.Wrap(rows.Err(), "read joined drafts")
}
