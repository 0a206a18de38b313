package planner

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// ItemCounts are a scope's planned items: those of a period, done and by
// category, and those of one day (today on the dashboard), done too.
type ItemCounts struct {
	Done                         int // of the period
	Useful, Emotional, Marketing int // of the period
	Day, DayDone                 int
}

// CountItems counts the items of a group (0: all) starting in [from, to)
// and in [dayFrom, dayTo), all wall-clock stamps (Wall).
func CountItems(ctx context.Context, q store.Queryer, group int64, from, to, dayFrom, dayTo string) (ItemCounts, error) {
	var c ItemCounts
	err := q.QueryRowContext(ctx, `SELECT
		count(done_at) FILTER (WHERE starts_at >= ?2 AND starts_at < ?3),
		count(*) FILTER (WHERE starts_at >= ?2 AND starts_at < ?3 AND category = 'useful'),
		count(*) FILTER (WHERE starts_at >= ?2 AND starts_at < ?3 AND category = 'emotional'),
		count(*) FILTER (WHERE starts_at >= ?2 AND starts_at < ?3 AND category = 'marketing'),
		count(*) FILTER (WHERE starts_at >= ?4 AND starts_at < ?5),
		count(done_at) FILTER (WHERE starts_at >= ?4 AND starts_at < ?5)
		FROM planner_items WHERE (?1 = 0 OR group_id = ?1)
			AND ((starts_at >= ?2 AND starts_at < ?3) OR (starts_at >= ?4 AND starts_at < ?5))`,
		group, from, to, dayFrom, dayTo).
		Scan(&c.Done, &c.Useful, &c.Emotional, &c.Marketing, &c.Day, &c.DayDone)
	return c, errs.Wrap(err, "count planner items")
}

// CountViolations counts the violations of a group (0: all) logged in
// [from, to) (UTC stamps), and how many of them ended in removal.
func CountViolations(ctx context.Context, q store.Queryer, group int64, from, to string) (violations, removals int, err error) {
	err = q.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE action = 'removal')
		FROM planner_violations WHERE (?1 = 0 OR group_id = ?1) AND at >= ?2 AND at < ?3`,
		group, from, to).Scan(&violations, &removals)
	return violations, removals, errs.Wrap(err, "count violations")
}
