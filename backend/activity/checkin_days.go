package activity

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/kpi"
	"qunzhu/backend/store"
)

// EachCheckinDay hands each check-in once a member, group (0: none) and
// wall day (unix seconds / 86400), in that order: group, member, day.
func EachCheckinDay(ctx context.Context, q store.Queryer, each func(group, member, day int64)) error {
	rows, err := q.QueryContext(ctx, `SELECT DISTINCT coalesce(group_id, 0), member_id, at / 86400 FROM events
		WHERE kind = 'checkin' AND at >= 0 ORDER BY 1, 2, 3`)
	if err != nil {
		return errs.Wrap(err, "query check-ins")
	}
	defer rows.Close()
	for rows.Next() {
		var group, member, day int64
		if err := rows.Scan(&group, &member, &day); err != nil {
			return errs.Wrap(err, "scan check-in")
		}
		each(group, member, day)
	}
	return errs.Wrap(rows.Err(), "read check-ins")
}

// EachFirstSpoken hands, for every member who spoke (kpi.SpokenSQL, the
// one definition of a message) in a group (0: none), the time of their
// first message there (unix seconds of wall time).
func EachFirstSpoken(ctx context.Context, q store.Queryer, each func(group, member, at int64)) error {
	rows, err := q.QueryContext(ctx, `SELECT coalesce(group_id, 0), member_id, min(at) FROM events
		WHERE `+kpi.SpokenSQL+` GROUP BY 1, 2`)
	if err != nil {
		return errs.Wrap(err, "query first messages")
	}
	defer rows.Close()
	for rows.Next() {
		var group, member, at int64
		if err := rows.Scan(&group, &member, &at); err != nil {
			return errs.Wrap(err, "scan first message")
		}
		each(group, member, at)
	}
	return errs.Wrap(rows.Err(), "read first messages")
}
