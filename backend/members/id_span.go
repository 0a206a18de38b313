package members

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// IDSpan is the lowest and highest member id, trashed members included
// (0, 0 when there are none): tables indexed by member id size from it.
func IDSpan(ctx context.Context, q store.Queryer) (lo, hi int64, err error) {
	var l, h sql.NullInt64
	err = q.QueryRowContext(ctx, `SELECT min(id), max(id) FROM members`).Scan(&l, &h)
	return l.Int64, h.Int64, errs.Wrap(err, "member ids")
}

// ChangedMark is the members' latest change (empty with none): it moves
// whenever a member is edited, merged, trashed or restored.
func ChangedMark(ctx context.Context, q store.Queryer) (string, error) {
	var last string
	err := q.QueryRowContext(ctx, `SELECT coalesce(max(updated_at), '') FROM members`).Scan(&last)
	return last, errs.Wrap(err, "members mark")
}
