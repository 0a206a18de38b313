package members

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// GoneSQL is a query of the members of a scope who no longer count: the
// trash, and for a group (not 0) those who left it (or were invited and
// never joined). It reads the group id as ?1, for reports that subtract
// them in one statement.
func GoneSQL(group int64) string {
	if group != 0 {
		return `SELECT member_id FROM memberships WHERE group_id = ?1 AND status IN ('invited', 'left', 'removed')
			UNION ALL SELECT id FROM members WHERE deleted_at IS NOT NULL`
	}
	return `SELECT id FROM members WHERE deleted_at IS NOT NULL AND ?1 = 0`
}

// Gone lists the members of a scope who no longer count (GoneSQL).
func Gone(ctx context.Context, q store.Queryer, group int64) ([]int64, error) {
	rows, err := q.QueryContext(ctx, GoneSQL(group), group)
	if err != nil {
		return nil, errs.Wrap(err, "members gone")
	}
	var out []int64
	err = store.EachRow(rows, "read members", func(rows *sql.Rows) error {
		var id int64
		err := rows.Scan(&id)
		out = append(out, id)
		return err
	})
	return out, errs.Wrap(err, "members gone")
}

// MaxID is the greatest member id (0: none).
func MaxID(ctx context.Context, q store.Queryer) (int64, error) {
	var top sql.NullInt64
	err := q.QueryRowContext(ctx, `SELECT max(id) FROM members`).Scan(&top)
	return top.Int64, errs.Wrap(err, "members max id")
}
