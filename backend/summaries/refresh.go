package summaries

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/errs"
)

// refresh counts the whole days [from, to] touches again from the events,
// with their sets, and moves each member's last event on.
func refresh(ctx context.Context, tx *sql.Tx, src Events, from, to time.Time) error {
	if from.IsZero() || to.Before(from) {
		return nil
	}
	start, end := day(from)*86400, (day(to)+1)*86400
	if err := countDays(ctx, tx, src, start, end, "refresh dashboard days"); err != nil {
		return err
	}
	var args []any
	err := src.Lasts(ctx, tx, start, end, func(l Last) error {
		args = append(args, l.Scope, l.Member, l.Spoke, l.Seen)
		return nil
	})
	if err == nil {
		err = upsertLast(ctx, tx, args)
	}
	if err != nil {
		return errs.Wrap(err, "refresh dashboard members")
	}
	return refreshSets(ctx, tx, src, start, end)
}

// countDays counts the days of [start, end) again from their events.
func countDays(ctx context.Context, tx *sql.Tx, src Events, start, end int64, what string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM dashboard_days WHERE day >= ? AND day < ?`,
		start/86400, end/86400); err != nil {
		return errs.Wrap(err, what)
	}
	var args []any
	err := src.Days(ctx, tx, start, end, func(d DayCount) error {
		args = append(args, d.Scope, d.Day, d.Messages, d.Events, d.Speakers, d.Reached)
		return nil
	})
	if err == nil {
		err = insertDays(ctx, tx, args)
	}
	return errs.Wrap(err, what)
}

// insertDays stores days' counts, six columns a day.
func insertDays(ctx context.Context, tx *sql.Tx, args []any) error {
	return insertRows(ctx, tx, `INSERT INTO dashboard_days (scope, day, messages, events, speakers, reached) VALUES `,
		"", 6, args)
}

// upsertLast moves members' last events on, four columns a member.
func upsertLast(ctx context.Context, tx *sql.Tx, args []any) error {
	return insertRows(ctx, tx, `INSERT INTO dashboard_last (scope, member_id, spoke_at, seen_at) VALUES `,
		` ON CONFLICT (scope, member_id) DO UPDATE SET spoke_at = max(spoke_at, excluded.spoke_at),
			seen_at = max(seen_at, excluded.seen_at)`, 4, args)
}

// day is the unix day of t's wall date.
func day(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

func dayTime(d int64) time.Time { return time.Unix(d*86400, 0).UTC() }
