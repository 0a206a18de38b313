package lottery

import (
	"context"
	"strconv"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// EachEntry reads the lotteries every member (member 0) or one entered:
// once per lottery, however many times listed; a redraw is the same
// lottery. each hears the member, the lottery's group (0: none) and when
// its list was frozen (a UTC stamp).
func EachEntry(ctx context.Context, q store.Queryer, member int64, each func(member, group int64, at string)) error {
	rows, err := q.QueryContext(ctx, `SELECT DISTINCT e.member_id, coalesce(l.group_id, 0), l.frozen_at, l.id
		FROM lottery_entrants e JOIN lotteries l ON l.id = e.lottery_id
		WHERE e.member_id IS NOT NULL AND l.redraw_of IS NULL AND (?1 = 0 OR e.member_id = ?1)`, member)
	if err != nil {
		return errs.Wrap(err, "read lottery entries")
	}
	defer rows.Close()
	for rows.Next() {
		var m, group, id int64
		var at string
		if err := rows.Scan(&m, &group, &at, &id); err != nil {
			return errs.Wrap(err, "read lottery entries")
		}
		each(m, group, at)
	}
	return errs.Wrap(rows.Err(), "read lottery entries")
}

// EntriesMark is the number of entrants listed: it changes whenever a
// lottery is frozen.
func EntriesMark(ctx context.Context, q store.Queryer) (string, error) {
	var n int64
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM lottery_entrants`).Scan(&n)
	return strconv.FormatInt(n, 10), errs.Wrap(err, "entries mark")
}
