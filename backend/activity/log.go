package activity

import (
	"context"
	"database/sql"
	"slices"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/kpi"
	"qunzhu/backend/store"
	"qunzhu/backend/summaries"
)

// Log is the events table as others read and change it: the summaries'
// source (summaries.Events), the dashboard's past periods, and the members'
// merges, undos and purges (members.EventHook). It holds nothing: every
// method works in the transaction or pool it is given.
type Log struct{}

var _ summaries.Events = Log{}

// spoken is the SQL test of an event that speaks (kpi.SpokenKinds; the rest only reach).
var spoken = kpi.SpokenSQL

// scoped lists the events of [?1, ?2) once per scope: their group's and all groups' (0).
var scoped = `(SELECT group_id AS scope, at, member_id, ` + spoken + ` AS spoken FROM events
	WHERE at >= ?1 AND at < ?2 AND group_id IS NOT NULL
	UNION ALL SELECT 0, at, member_id, ` + spoken + ` FROM events WHERE at >= ?1 AND at < ?2)`

// All calls each for every event, in time order (the events_at index).
func (Log) All(ctx context.Context, tx *sql.Tx, each func(summaries.Event) error) error {
	rows, err := tx.QueryContext(ctx, `SELECT at, coalesce(group_id, 0), member_id, `+spoken+` FROM events ORDER BY at`)
	return eachEvent(rows, err, each)
}

// Between calls each for the events of [start, end).
func (Log) Between(ctx context.Context, tx *sql.Tx, start, end int64, each func(summaries.Event) error) error {
	rows, err := tx.QueryContext(ctx, `SELECT at, coalesce(group_id, 0), member_id, `+spoken+`
		FROM events INDEXED BY events_at WHERE at >= ? AND at < ?`, start, end)
	return eachEvent(rows, err, each)
}

func eachEvent(rows *sql.Rows, err error, each func(summaries.Event) error) error {
	if err != nil {
		return errs.Wrap(err, "read events")
	}
	return store.EachRow(rows, "read events", func(rows *sql.Rows) error {
		var e summaries.Event
		if err := rows.Scan(&e.At, &e.Group, &e.Member, &e.Spoken); err != nil {
			return err
		}
		return each(e)
	})
}

// Days calls each for the counts of every scope's day of [start, end).
func (Log) Days(ctx context.Context, tx *sql.Tx, start, end int64, each func(summaries.DayCount) error) error {
	rows, err := tx.QueryContext(ctx, `SELECT scope, at / 86400, sum(spoken), count(*),
		count(DISTINCT CASE WHEN spoken THEN member_id END), count(DISTINCT member_id) FROM `+scoped+` GROUP BY 1, 2`,
		start, end)
	if err != nil {
		return errs.Wrap(err, "count days")
	}
	return store.EachRow(rows, "count days", func(rows *sql.Rows) error {
		var d summaries.DayCount
		if err := rows.Scan(&d.Scope, &d.Day, &d.Messages, &d.Events, &d.Speakers, &d.Reached); err != nil {
			return err
		}
		return each(d)
	})
}

// Lasts calls each for every scope's member with events in [start, end).
func (Log) Lasts(ctx context.Context, tx *sql.Tx, start, end int64, each func(summaries.Last) error) error {
	rows, err := tx.QueryContext(ctx, `SELECT scope, member_id, coalesce(max(CASE WHEN spoken THEN at END), -1), max(at)
		FROM `+scoped+` GROUP BY 1, 2`, start, end)
	return eachLast(rows, err, each)
}

// MemberLasts calls each for every scope of a member's events.
func (Log) MemberLasts(ctx context.Context, tx *sql.Tx, member int64, each func(summaries.Last) error) error {
	rows, err := tx.QueryContext(ctx, `SELECT scope, member_id, coalesce(max(CASE WHEN spoken THEN at END), -1), max(at)
		FROM (SELECT group_id AS scope, member_id, at, `+spoken+` AS spoken FROM events
			WHERE member_id = ?1 AND group_id IS NOT NULL
			UNION ALL SELECT 0, member_id, at, `+spoken+` FROM events WHERE member_id = ?1)
		GROUP BY 1, 2`, member)
	return eachLast(rows, err, each)
}

func eachLast(rows *sql.Rows, err error, each func(summaries.Last) error) error {
	if err != nil {
		return errs.Wrap(err, "read last events")
	}
	return store.EachRow(rows, "read last events", func(rows *sql.Rows) error {
		var l summaries.Last
		if err := rows.Scan(&l.Scope, &l.Member, &l.Spoke, &l.Seen); err != nil {
			return err
		}
		return each(l)
	})
}

// MemberDays calls each for every day and group (0: none) of a member's events.
func (Log) MemberDays(ctx context.Context, tx *sql.Tx, member int64, each func(day, group int64, spoke bool) error) error {
	rows, err := tx.QueryContext(ctx, `SELECT at / 86400, coalesce(group_id, 0), max(`+spoken+`)
		FROM events WHERE member_id = ? GROUP BY 1, 2`, member)
	if err != nil {
		return errs.Wrap(err, "read member days")
	}
	return store.EachRow(rows, "read member days", func(rows *sql.Rows) error {
		var d, group int64
		var spoke bool
		if err := rows.Scan(&d, &group, &spoke); err != nil {
			return err
		}
		return each(d, group, spoke)
	})
}

// MemberScopes lists 0, every group and the groups of a member's events.
func (Log) MemberScopes(ctx context.Context, tx *sql.Tx, member int64) ([]int64, error) {
	ids, err := groups.IDs(ctx, tx)
	if err != nil {
		return nil, err
	}
	out := append([]int64{0}, ids...)
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT group_id FROM events WHERE member_id = ? AND group_id IS NOT NULL`, member)
	if err != nil {
		return nil, errs.Wrap(err, "read member scopes")
	}
	err = store.EachRow(rows, "read member scopes", func(rows *sql.Rows) error {
		var g int64
		err := rows.Scan(&g)
		out = append(out, g)
		return err
	})
	slices.Sort(out)
	return slices.Compact(out), err
}
