package members

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// CountAll counts the members, in the trash or not.
func CountAll(ctx context.Context, q store.Queryer) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM members`).Scan(&n)
	return n, errs.Wrap(err, "count members")
}
