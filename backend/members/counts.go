package members

import (
	"context"
	"database/sql"
	"strings"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// CountNow counts the members now: the joined members of a group, or (0)
// all live members; each count an index.
func CountNow(ctx context.Context, q store.Queryer, group int64) (int, error) {
	var n int
	var err error
	if group != 0 {
		err = q.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM memberships WHERE group_id = ?1 AND status = 'joined')
			- (SELECT count(*) FROM members m JOIN memberships s ON s.group_id = ?1 AND s.member_id = m.id
				WHERE m.deleted_at IS NOT NULL AND s.status = 'joined')`, group).Scan(&n)
	} else { // live members: all of them less the trash, each count an index
		err = q.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM members)
			- (SELECT count(*) FROM members WHERE deleted_at IS NOT NULL)`).Scan(&n)
	}
	return n, errs.Wrap(err, "count members")
}

// dateColumns are the membership dates CountDates counts.
var dateColumns = map[string]bool{"joined_at": true, "left_at": true}

// CountDates counts the memberships of the groups per date (YYYY-MM-DD) of
// column (joined_at or left_at) from from to to (dates, inclusive), from
// the index on (group_id, column).
func CountDates(ctx context.Context, q store.Queryer, column string, groups []int64, from, to string) (map[string]int, error) {
	out := map[string]int{}
	if !dateColumns[column] {
		return nil, errs.New(errs.Invalid, "err.internal", nil)
	}
	if len(groups) == 0 {
		return out, nil
	}
	args := make([]any, 0, len(groups)+2)
	for _, g := range groups {
		args = append(args, g)
	}
	rows, err := q.QueryContext(ctx, `SELECT `+column+`, count(*) FROM memberships WHERE group_id IN (`+
		strings.TrimSuffix(strings.Repeat("?, ", len(groups)), ", ")+`) AND `+
		column+` >= ? AND `+column+` <= ? GROUP BY 1`, append(args, from, to)...)
	if err != nil {
		return nil, errs.Wrap(err, "count membership dates")
	}
	err = store.EachRow(rows, "read members", func(rows *sql.Rows) error {
		var date string
		var n int
		err := rows.Scan(&date, &n)
		out[date[:min(len(date), 10)]] += n
		return err
	})
	return out, errs.Wrap(err, "count membership dates")
}
