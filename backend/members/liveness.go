package members

import (
	"context"

	"qunzhu/backend/errs"
)

// IsLive reports whether a member with the id exists and is not in the
// trash (q may be the caller's transaction).
func IsLive(ctx context.Context, q queryer, id int64) (bool, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM members WHERE id = ? AND deleted_at IS NULL`, id).Scan(&n)
	return n > 0, errs.Wrap(err, "find member")
}
