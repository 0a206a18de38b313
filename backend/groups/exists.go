package groups

import (
	"context"
	"database/sql"

	"qunzhu/backend/store"

	"qunzhu/backend/errs"
)

// Exists reports whether a group with the id exists, archived or not (q
// may be the caller's transaction).
func Exists(ctx context.Context, q store.Queryer, id int64) (bool, error) {
	var yes bool
	err := q.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM groups WHERE id = ?)`, id).Scan(&yes)
	return yes, errs.Wrap(err, "find group")
}

// MaxID is the highest group id, 0 when there are none.
func MaxID(ctx context.Context, q store.Queryer) (int64, error) {
	var id sql.NullInt64
	err := q.QueryRowContext(ctx, `SELECT max(id) FROM groups`).Scan(&id)
	return id.Int64, errs.Wrap(err, "group ids")
}
