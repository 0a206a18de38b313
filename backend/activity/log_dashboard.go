package activity

import (
	"context"
	"database/sql"

	"qunzhu/backend/dashboard"
	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

var _ dashboard.Events = Log{}

// MemberRange is the least and the greatest member id of the events (0 and
// 0: none).
func (Log) MemberRange(ctx context.Context, q *sql.DB) (lo, hi int64, err error) {
	var l, h sql.NullInt64
	err = q.QueryRowContext(ctx, `SELECT (SELECT min(member_id) FROM events), (SELECT max(member_id) FROM events)`).
		Scan(&l, &h)
	return l.Int64, h.Int64, errs.Wrap(err, "event members")
}

// Period calls each for the events of [start, end) of a group (0: all),
// read once through the events_at index.
func (Log) Period(ctx context.Context, q *sql.DB, group, start, end int64, each func(at, member int64, spoke bool) error) error {
	where := `at >= ?2 AND at < ?3 AND ?1 = 0`
	if group != 0 {
		where = `at >= ?2 AND at < ?3 AND group_id = ?1`
	}
	rows, err := q.QueryContext(ctx, `SELECT at, member_id, `+spoken+` FROM events INDEXED BY events_at WHERE `+where,
		group, start, end)
	if err != nil {
		return errs.Wrap(err, "period events")
	}
	return store.EachRow(rows, "period events", func(rows *sql.Rows) error {
		var at, id int64
		var spoke bool
		if err := rows.Scan(&at, &id, &spoke); err != nil {
			return err
		}
		return each(at, id, spoke)
	})
}
