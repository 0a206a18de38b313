package dashboard

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// readRecorded tells whether the scope has any event on record: before
// the first chat export, its activity numbers judge nothing.
func readRecorded(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	var err error
	d.Recorded, err = recorded(ctx, q, r.GroupID)
	return err
}

// recorded says whether the scope holds an event, at any time.
func recorded(ctx context.Context, q store.Queryer, scope int64) (bool, error) {
	var yes bool
	err := q.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM dashboard_days WHERE scope = ?)`, scope).Scan(&yes)
	return yes, errs.Wrap(err, "dashboard recorded")
}

// readDays adds the period's messages, speakers and reach per day.
func readDays(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	first := day(r.From)
	rows, err := q.QueryContext(ctx, `SELECT day, messages, events, speakers, reached FROM dashboard_days
		WHERE scope = ? AND day >= ? AND day <= ?`, r.GroupID, first, day(r.To))
	if err != nil {
		return errs.Wrap(err, "dashboard days")
	}
	defer rows.Close()
	for rows.Next() {
		var n int64
		var messages, events, speakers, reached int
		if err := rows.Scan(&n, &messages, &events, &speakers, &reached); err != nil {
			return errs.Wrap(err, "dashboard days")
		}
		p := &d.PerDay[n-first]
		p.Messages, p.Speakers, p.Reached = messages, speakers, reached
		d.Messages += messages
		d.Events += events
	}
	return errs.Wrap(rows.Err(), "dashboard days")
}

// gone is the members of the scope who no longer count: the trash, and for
// a group those who left it (or were invited and never joined).
// The query reads the group id as ?1.
func gone(r Request) string {
	if r.GroupID != 0 {
		return `SELECT member_id FROM memberships WHERE group_id = ?1 AND status IN ('invited', 'left', 'removed')
			UNION ALL SELECT id FROM members WHERE deleted_at IS NOT NULL`
	}
	return `SELECT id FROM members WHERE deleted_at IS NOT NULL AND ?1 = 0`
}

// readPeriod counts the members who spoke, who did anything, and who were
// silent at the end. For a period that ends after the scope's last event
// each count is a sum over days of dashboard_lastdays (less the members who
// no longer count); an earlier period's are unions of its days' sets.
func readPeriod(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	var last sql.NullInt64
	if err := q.QueryRowContext(ctx, `SELECT max(seen_at) FROM dashboard_last WHERE scope = ?`,
		r.GroupID).Scan(&last); err != nil {
		return errs.Wrap(err, "dashboard period")
	}
	silentFrom := r.end() - int64(d.Thresholds.SilentDays)*86400
	var seen int
	if last.Valid && last.Int64 >= r.end() {
		n, err := readPast(ctx, q, r, silentFrom, d)
		if err != nil {
			return err
		}
		seen = n
	} else if err := readSummarized(ctx, q, r, silentFrom, d, &seen); err != nil {
		return err
	}
	d.Silent = max(0, d.Members-seen)
	return nil
}

// countFromSummary counts the members of the scope whose last event
// (spoke_at or seen_at) is at or after since, a day's start: the sum of
// the days since in dashboard_lastdays, less the members who no longer
// count (a few index lookups each).
func countFromSummary(ctx context.Context, q store.Queryer, r Request, column string, since int64) (int, error) {
	sum := map[string]string{"spoke_at": "spoke", "seen_at": "seen"}[column]
	var n int
	err := q.QueryRowContext(ctx, `SELECT (SELECT coalesce(sum(`+sum+`), 0) FROM dashboard_lastdays
			WHERE scope = ?1 AND day >= ?2 / 86400)
		- (SELECT count(*) FROM dashboard_last WHERE scope = ?1 AND `+column+` >= ?2 AND member_id IN (`+
		gone(r)+`))`, r.GroupID, since).Scan(&n)
	return n, errs.Wrap(err, "dashboard period")
}

// readSummarized counts from the summaries.
func readSummarized(ctx context.Context, q store.Queryer, r Request, silentFrom int64, d *Dashboard, seen *int) error {
	d.Summarized = true
	for _, c := range []struct {
		column string
		since  int64
		out    *int
	}{{"spoke_at", r.start(), &d.Speakers}, {"seen_at", r.start(), &d.Reached}, {"seen_at", silentFrom, seen}} {
		n, err := countFromSummary(ctx, q, r, c.column, c.since)
		if err != nil {
			return err
		}
		*c.out = n
	}
	return nil
}

// readTiers reads the tier counts stored by the last re-scoring.
func readTiers(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	rows, err := q.QueryContext(ctx, `SELECT tier, members FROM dashboard_tiers WHERE scope = ?`, r.GroupID)
	if err != nil {
		return errs.Wrap(err, "dashboard tiers")
	}
	defer rows.Close()
	for rows.Next() {
		var tier string
		var n int
		if err := rows.Scan(&tier, &n); err != nil {
			return errs.Wrap(err, "dashboard tiers")
		}
		d.Tiers[tier] = n
	}
	return errs.Wrap(rows.Err(), "dashboard tiers")
}
