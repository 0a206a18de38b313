package groups

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// CountAll counts the groups, archived or not.
func CountAll(ctx context.Context, q store.Queryer) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM groups`).Scan(&n)
	return n, errs.Wrap(err, "count groups")
}
