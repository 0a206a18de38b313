package dashboard

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/kpi"
)

// spoken is the SQL test of an event that speaks (kpi.SpokenKinds; the rest only reach).
var spoken = kpi.SpokenSQL

// scoped lists the events of [?1, ?2) once per scope: their group's and all groups' (0).
var scoped = `(SELECT group_id AS scope, at, member_id, ` + spoken + ` AS spoken FROM events
	WHERE at >= ?1 AND at < ?2 AND group_id IS NOT NULL
	UNION ALL SELECT 0, at, member_id, ` + spoken + ` FROM events WHERE at >= ?1 AND at < ?2)`

// Refresh brings the summaries up to date with the events stored between
// from and to (inclusive): the whole days they touch are counted again, with
// their sets, and each member's last event moved on. Activity imports call
// it in the transaction that stores the events.
func Refresh(ctx context.Context, tx *sql.Tx, from, to time.Time) error {
	if from.IsZero() || to.Before(from) {
		return nil
	}
	start, end := day(from)*86400, (day(to)+1)*86400
	if _, err := tx.ExecContext(ctx, `DELETE FROM dashboard_days WHERE day >= ? AND day < ?`,
		start/86400, end/86400); err != nil {
		return errs.Wrap(err, "refresh dashboard days")
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO dashboard_days (scope, day, messages, events, speakers, reached)
		SELECT scope, at / 86400, sum(spoken), count(*), count(DISTINCT CASE WHEN spoken THEN member_id END),
			count(DISTINCT member_id) FROM `+scoped+` GROUP BY 1, 2`, start, end); err != nil {
		return errs.Wrap(err, "refresh dashboard days")
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO dashboard_last (scope, member_id, spoke_at, seen_at)
		SELECT scope, member_id, coalesce(max(CASE WHEN spoken THEN at END), -1), max(at) FROM `+scoped+`
		WHERE true GROUP BY 1, 2
		ON CONFLICT (scope, member_id) DO UPDATE SET spoke_at = max(spoke_at, excluded.spoke_at),
			seen_at = max(seen_at, excluded.seen_at)`, start, end); err != nil {
		return errs.Wrap(err, "refresh dashboard members")
	}
	return refreshSets(ctx, tx, start, end)
}

// StoreTiers counts the stored tiers per scope again; re-scoring calls it in
// the transaction that stores the tiers.
func StoreTiers(ctx context.Context, tx *sql.Tx) error {
	for _, stmt := range []string{`DELETE FROM dashboard_tiers`,
		`INSERT INTO dashboard_tiers (scope, tier, members)
		SELECT m.group_id, t.tier, count(*) FROM memberships m JOIN member_tiers t ON t.member_id = m.member_id
		WHERE m.status = 'joined' GROUP BY m.group_id, t.tier`,
		`INSERT INTO dashboard_tiers (scope, tier, members)
		SELECT 0, t.tier, count(*) FROM member_tiers t JOIN members m ON m.id = t.member_id
		WHERE m.deleted_at IS NULL GROUP BY t.tier`} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return errs.Wrap(err, "store dashboard tiers")
		}
	}
	return nil
}
