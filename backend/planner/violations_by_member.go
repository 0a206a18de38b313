package planner

import (
	"context"
	"strconv"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// EachViolationOf reads the logged violations of every member (member 0)
// or of one. each hears the member, the group and when it was logged (a
// UTC stamp).
func EachViolationOf(ctx context.Context, q store.Queryer, member int64, each func(member, group int64, at string)) error {
	rows, err := q.QueryContext(ctx, `SELECT member_id, group_id, at FROM planner_violations
		WHERE (?1 = 0 OR member_id = ?1)`, member)
	if err != nil {
		return errs.Wrap(err, "read violations")
	}
	defer rows.Close()
	for rows.Next() {
		var m, group int64
		var at string
		if err := rows.Scan(&m, &group, &at); err != nil {
			return errs.Wrap(err, "read violations")
		}
		each(m, group, at)
	}
	return errs.Wrap(rows.Err(), "read violations")
}

// ViolationsMark sums the log up as "count:newest id": it changes whenever
// a violation is logged or taken back.
func ViolationsMark(ctx context.Context, q store.Queryer) (string, error) {
	var n, last int64
	err := q.QueryRowContext(ctx, `SELECT count(*), coalesce(max(id), 0) FROM planner_violations`).Scan(&n, &last)
	return strconv.FormatInt(n, 10) + ":" + strconv.FormatInt(last, 10), errs.Wrap(err, "violations mark")
}
