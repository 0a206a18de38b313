package members

import (
	"context"

	"qunzhu/backend/errs"
)

// CountAll counts the members, in the trash or not.
func CountAll(ctx context.Context, q queryer) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM members`).Scan(&n)
	return n, errs.Wrap(err, "count members")
}
