package members

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// IDRange is the least and the greatest member id (0 and 0: none), for
// dense tables indexed by member id.
func IDRange(ctx context.Context, q store.Queryer) (lo, hi int64, err error) {
	var l, h sql.NullInt64
	err = q.QueryRowContext(ctx, `SELECT min(id), max(id) FROM members`).Scan(&l, &h)
	return l.Int64, h.Int64, errs.Wrap(err, "member ids")
}
