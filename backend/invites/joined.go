package invites

import (
	"context"
	"strconv"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// EachJoined reads the accepted invitations of every member (member 0) or
// of one. each hears the member, the batch's group (0: none) and when the
// draft was marked joined (a UTC stamp).
func EachJoined(ctx context.Context, q store.Queryer, member int64, each func(member, group int64, at string)) error {
	rows, err := q.QueryContext(ctx, `SELECT d.member_id, coalesce(b.group_id, 0), d.state_at FROM invite_drafts d
		JOIN invite_batches b ON b.id = d.batch_id WHERE d.state = 'joined' AND (?1 = 0 OR d.member_id = ?1)`, member)
	if err != nil {
		return errs.Wrap(err, "read joined invitations")
	}
	defer rows.Close()
	for rows.Next() {
		var m, group int64
		var at string
		if err := rows.Scan(&m, &group, &at); err != nil {
			return errs.Wrap(err, "read joined invitations")
		}
		each(m, group, at)
	}
	return errs.Wrap(rows.Err(), "read joined invitations")
}

// JoinedMark sums the accepted invitations up as "count:latest": it
// changes whenever one is marked joined or unmarked.
func JoinedMark(ctx context.Context, q store.Queryer) (string, error) {
	var n int64
	var last string
	err := q.QueryRowContext(ctx, `SELECT count(*), coalesce(max(state_at), '') FROM invite_drafts
		WHERE state = 'joined'`).Scan(&n, &last)
	return strconv.FormatInt(n, 10) + ":" + last, errs.Wrap(err, "joined mark")
}
