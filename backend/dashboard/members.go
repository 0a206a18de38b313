package dashboard

import (
	"context"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// readMembers counts the members now (live members, of the group or all) and the joins and leaves of the
// period (memberships of the group, or of every group), per day too.
func readMembers(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	var err error
	if r.GroupID != 0 {
		err = q.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM memberships WHERE group_id = ?1 AND status = 'joined')
			- (SELECT count(*) FROM members m JOIN memberships s ON s.group_id = ?1 AND s.member_id = m.id
				WHERE m.deleted_at IS NOT NULL AND s.status = 'joined')`, r.GroupID).Scan(&d.Members)
	} else { // live members: all of them less the trash, each count an index
		err = q.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM members)
			- (SELECT count(*) FROM members WHERE deleted_at IS NOT NULL)`).Scan(&d.Members)
	}
	if err != nil {
		return errs.Wrap(err, "dashboard members")
	}
	joins, err := countDates(ctx, q, "joined_at", r)
	if err != nil {
		return err
	}
	leaves, err := countDates(ctx, q, "left_at", r)
	if err != nil {
		return err
	}
	d.PerDay = periodDays(r)
	for i := range d.PerDay {
		day := &d.PerDay[i]
		day.Joins, day.Leaves = joins[day.Date], leaves[day.Date]
		d.Joins += day.Joins
		d.Leaves += day.Leaves
	}
	return nil
}

// countDates counts memberships per date of column (joined_at, left_at) in
// the period, from the index on (group_id, column).
func countDates(ctx context.Context, q store.Queryer, column string, r Request) (map[string]int, error) {
	from, to := r.From.Format(time.DateOnly), r.To.Format(time.DateOnly)
	where, args := `group_id = ? AND `, []any{r.GroupID, from, to}
	if r.GroupID == 0 {
		where = `group_id IN (SELECT id FROM groups) AND ` // every group's index range
		args = args[1:]
	}
	rows, err := q.QueryContext(ctx, `SELECT `+column+`, count(*) FROM memberships WHERE `+where+
		column+` >= ? AND `+column+` <= ? GROUP BY 1`, args...)
	if err != nil {
		return nil, errs.Wrap(err, "dashboard joins")
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var date string
		var n int
		if err := rows.Scan(&date, &n); err != nil {
			return nil, errs.Wrap(err, "dashboard joins")
		}
		out[date[:min(len(date), 10)]] += n
	}
	return out, errs.Wrap(rows.Err(), "dashboard joins")
}

// periodDays lists every day of the period, oldest first, all zero.
func periodDays(r Request) []Day {
	out := make([]Day, r.days())
	for i := range out {
		out[i].Date = time.Unix((day(r.From)+int64(i))*86400, 0).UTC().Format(time.DateOnly)
	}
	return out
}
