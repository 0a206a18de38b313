package dashboard

import (
	"context"
	"database/sql"
	"slices"

	"qunzhu/backend/errs"
)

// Recount runs change (which moves or deletes the events of members, as a
// merge, its undo and the trash's purge do) and brings the summaries up to
// date with it in the same transaction: the days those members' events fell
// on, before and after, are counted again, their last events read again,
// and they are moved in those days' sets.
func Recount(ctx context.Context, tx *sql.Tx, members []int64, change func() error) error {
	before, err := memberDays(ctx, tx, members)
	if err != nil {
		return err
	}
	if err := change(); err != nil {
		return err
	}
	after, err := memberDays(ctx, tx, members)
	if err != nil {
		return err
	}
	if err := moveSets(ctx, tx, members, before, after); err != nil {
		return err
	}
	var days []int64
	for _, md := range append(before, after...) {
		days = append(days, md.day)
	}
	slices.Sort(days)
	for _, d := range slices.Compact(days) {
		if err := recountDay(ctx, tx, d); err != nil {
			return err
		}
	}
	for _, id := range members {
		if err := recountMember(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}

func recountDay(ctx context.Context, tx *sql.Tx, d int64) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM dashboard_days WHERE day = ?`, d); err != nil {
		return errs.Wrap(err, "recount dashboard")
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO dashboard_days (scope, day, messages, events, speakers, reached)
		SELECT scope, at / 86400, sum(spoken), count(*), count(DISTINCT CASE WHEN spoken THEN member_id END),
			count(DISTINCT member_id) FROM `+scoped+` GROUP BY 1, 2`, d*86400, (d+1)*86400)
	return errs.Wrap(err, "recount dashboard")
}

// recountMember reads a member's last events again, in every scope.
func recountMember(ctx context.Context, tx *sql.Tx, id int64) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM dashboard_last
		WHERE scope IN (SELECT 0 UNION SELECT id FROM groups UNION SELECT DISTINCT group_id FROM events
			WHERE member_id = ?1 AND group_id IS NOT NULL) AND member_id = ?1`, id); err != nil {
		return errs.Wrap(err, "recount dashboard")
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO dashboard_last (scope, member_id, spoke_at, seen_at)
		SELECT scope, member_id, coalesce(max(CASE WHEN spoken THEN at END), -1), max(at)
		FROM (SELECT group_id AS scope, member_id, at, `+spoken+` AS spoken FROM events
			WHERE member_id = ?1 AND group_id IS NOT NULL
			UNION ALL SELECT 0, member_id, at, `+spoken+` FROM events WHERE member_id = ?1)
		GROUP BY 1, 2`, id)
	return errs.Wrap(err, "recount dashboard")
}
