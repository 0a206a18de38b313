package polls

import (
	"context"
	"strconv"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// EachBallot reads the named ballots of every member (member 0) or of one:
// one per person and poll, typed tallies name no one. each hears the
// member, the poll's group (0: none) and when the ballot was cast (a UTC
// stamp).
func EachBallot(ctx context.Context, q store.Queryer, member int64, each func(member, group int64, at string)) error {
	rows, err := q.QueryContext(ctx, `SELECT v.member_id, coalesce(p.group_id, 0), v.created_at FROM poll_votes v
		JOIN polls p ON p.id = v.poll_id WHERE v.member_id IS NOT NULL AND v.source != 'tally'
		AND (?1 = 0 OR v.member_id = ?1)`, member)
	if err != nil {
		return errs.Wrap(err, "read ballots")
	}
	defer rows.Close()
	for rows.Next() {
		var m, group int64
		var at string
		if err := rows.Scan(&m, &group, &at); err != nil {
			return errs.Wrap(err, "read ballots")
		}
		each(m, group, at)
	}
	return errs.Wrap(rows.Err(), "read ballots")
}

// BallotsMark sums the ballots up as "count:newest id": it changes
// whenever a ballot is added or removed.
func BallotsMark(ctx context.Context, q store.Queryer) (string, error) {
	var n, last int64
	err := q.QueryRowContext(ctx, `SELECT count(*), coalesce(max(id), 0) FROM poll_votes`).Scan(&n, &last)
	return strconv.FormatInt(n, 10) + ":" + strconv.FormatInt(last, 10), errs.Wrap(err, "ballots mark")
}
