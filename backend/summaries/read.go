package summaries

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
	"qunzhu/backend/settings"
	"qunzhu/backend/store"
)

// Built says whether the summaries hold every event: migrations 0011 and
// 0012 mark a database without events built; otherwise a Rebuilt change
// counts them once.
func Built(ctx context.Context, q store.Queryer) (bool, error) {
	return settings.Marked(ctx, q, builtKey, setsBuiltKey)
}

// Recorded says whether the scope holds an event, at any time.
func Recorded(ctx context.Context, q store.Queryer, scope int64) (bool, error) {
	var yes bool
	err := q.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM dashboard_days WHERE scope = ?)`, scope).Scan(&yes)
	return yes, errs.Wrap(err, "dashboard recorded")
}

// Days calls each for the scope's days from first to last (unix days,
// inclusive) that have events.
func Days(ctx context.Context, q store.Queryer, scope, first, last int64, each func(DayCount) error) error {
	rows, err := q.QueryContext(ctx, `SELECT day, messages, events, speakers, reached FROM dashboard_days
		WHERE scope = ? AND day >= ? AND day <= ?`, scope, first, last)
	if err != nil {
		return errs.Wrap(err, "dashboard days")
	}
	return store.EachRow(rows, "dashboard days", func(rows *sql.Rows) error {
		d := DayCount{Scope: scope}
		if err := rows.Scan(&d.Day, &d.Messages, &d.Events, &d.Speakers, &d.Reached); err != nil {
			return err
		}
		return each(d)
	})
}

// LastSeen is the time of the scope's last event (ok false: none).
func LastSeen(ctx context.Context, q store.Queryer, scope int64) (at int64, ok bool, err error) {
	var last sql.NullInt64
	err = q.QueryRowContext(ctx, `SELECT max(seen_at) FROM dashboard_last WHERE scope = ?`, scope).Scan(&last)
	return last.Int64, last.Valid, errs.Wrap(err, "dashboard period")
}

// Tiers reads the scope's tier counts stored by the last re-scoring.
func Tiers(ctx context.Context, q store.Queryer, scope int64) (map[string]int, error) {
	rows, err := q.QueryContext(ctx, `SELECT tier, members FROM dashboard_tiers WHERE scope = ?`, scope)
	if err != nil {
		return nil, errs.Wrap(err, "dashboard tiers")
	}
	out := map[string]int{}
	err = store.EachRow(rows, "dashboard tiers", func(rows *sql.Rows) error {
		var tier string
		var n int
		err := rows.Scan(&tier, &n)
		out[tier] = n
		return err
	})
	return out, err
}
