package activity

import (
	"context"
	"database/sql"
	"sort"
	"strconv"
	"strings"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// KindNumbers numbers event kinds (1 to 7) for the reads that hand kinds
// over as numbers; a kind not listed reads as 0.
type KindNumbers map[string]uint8

// sql is the numbering as a CASE over the kind column, in name order.
func (k KindNumbers) sql() string {
	names := make([]string, 0, len(k))
	for name := range k {
		if strings.Trim(name, "abcdefghijklmnopqrstuvwxyz_") != "" || k[name] > 7 {
			panic("activity: bad kind number for " + strconv.Quote(name))
		}
		names = append(names, name)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("CASE kind")
	for _, name := range names {
		b.WriteString(" WHEN '" + name + "' THEN " + strconv.Itoa(int(k[name])))
	}
	b.WriteString(" ELSE 0 END")
	return b.String()
}

// Packed reads (EachEventByTime) hold group ids below PackedGroups, a span
// of days below PackedDays (89 years) and member ids below PackedMembers.
const (
	PackedGroups  = 1 << 16
	PackedDays    = 1 << 15
	PackedMembers = 1 << 29
)

// EventSpan is the times of the first and the last event (unix seconds of
// wall time); ok is false when there are no events.
func EventSpan(ctx context.Context, q store.Queryer) (lo, hi int64, ok bool, err error) {
	var l, h sql.NullInt64
	if err := q.QueryRowContext(ctx, `SELECT min(at), max(at) FROM events`).Scan(&l, &h); err != nil {
		return 0, 0, false, errs.Wrap(err, "scan events")
	}
	return l.Int64, h.Int64, l.Valid, nil
}

// LastEventID is the newest event's id, 0 when there are none: it changes
// whenever events are added.
func LastEventID(ctx context.Context, q store.Queryer) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM events`).Scan(&id)
	return id, errs.Wrap(err, "last event")
}

// packedSQL reads one number an event from the events_at index alone — its
// member, group, day (from the day ?3) and kind packed as
// ((member * 2^16 + group) * 2^15 + day) * 8 + kind — and a purchase's
// amount (NULL for the rest). Both are scanned into interfaces: no
// reflection, no conversion, and no allocation for the NULLs.
const packedSQL = `SELECT ((member_id * 65536 + coalesce(group_id, 0)) * 32768 + (at / 86400 - ?3)) * 8 + %s,
	iif(kind = 'purchase', value, NULL)
	FROM events INDEXED BY events_at WHERE at >= ?1 AND at < ?2 ORDER BY at`

// EachEventByTime reads the events of [lo, hi) in time order and hands
// each to each: its member, group (0: none), wall day (unix seconds / 86400),
// kind number and a purchase's amount (0 for the rest). first is the day
// of lo; the span must stay within PackedDays, the ids within the Packed
// bounds. It stops at the first error each returns and returns it.
func EachEventByTime(ctx context.Context, q store.Queryer, lo, hi, first int64, kinds KindNumbers,
	each func(member, group int64, day int32, kind uint8, amount float64) error) error {
	rows, err := q.QueryContext(ctx, strings.Replace(packedSQL, "%s", kinds.sql(), 1), lo, hi, first)
	if err != nil {
		return errs.Wrap(err, "scan events")
	}
	defer rows.Close()
	var packed, amount any
	for rows.Next() {
		if err := rows.Scan(&packed, &amount); err != nil {
			return errs.Wrap(err, "scan events")
		}
		p, _ := packed.(int64)
		value, _ := amount.(float64)
		if err := each(p>>34, p>>18&(PackedGroups-1), int32(first+p>>3&(PackedDays-1)), uint8(p&7), value); err != nil {
			return err
		}
	}
	return errs.Wrap(rows.Err(), "scan events")
}

// EachEventOf reads one member's events in time order and hands each to
// each: its time (unix seconds of wall time), group (0: none), kind number
// and value.
func EachEventOf(ctx context.Context, q store.Queryer, member int64, kinds KindNumbers,
	each func(at, group int64, kind uint8, value float64)) error {
	rows, err := q.QueryContext(ctx, `SELECT at, coalesce(group_id, 0), `+kinds.sql()+`, value
		FROM events WHERE member_id = ? ORDER BY at`, member)
	if err != nil {
		return errs.Wrap(err, "read member events")
	}
	defer rows.Close()
	for rows.Next() {
		var at, group int64
		var k uint8
		var value float64
		if err := rows.Scan(&at, &group, &k, &value); err != nil {
			return errs.Wrap(err, "read member events")
		}
		each(at, group, k, value)
	}
	return errs.Wrap(rows.Err(), "read member events")
}
