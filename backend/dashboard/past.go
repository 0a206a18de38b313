package dashboard

import (
	"context"
	"database/sql"
	"math"

	"github.com/RoaringBitmap/roaring/v2"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// bits is a set of member ids.
type bits []uint64

func (b bits) has(id int64) bool { return b[id>>6]&(1<<(id&63)) != 0 }

// add puts id in the set and says whether it was new.
func (b bits) add(id int64) bool {
	if b.has(id) {
		return false
	}
	b[id>>6] |= 1 << (id & 63)
	return true
}

// readPastEvents counts, for a period that ends before the scope's last
// event, the members who spoke and who did anything in the period, and
// those seen since silentFrom, reading the events of the period once (the
// events_at index) into sets of member ids. readPast does it from the days'
// sets, unless a member id does not fit them.
func readPastEvents(ctx context.Context, q store.Queryer, r Request, silentFrom int64, d *Dashboard) (seen int, err error) {
	var top sql.NullInt64
	if err := q.QueryRowContext(ctx, `SELECT max(id) FROM members`).Scan(&top); err != nil {
		return 0, errs.Wrap(err, "dashboard period")
	}
	size := (top.Int64 >> 6) + 1
	goneSet, speakers, reached, recent := make(bits, size), make(bits, size), make(bits, size), make(bits, size)
	rows, err := q.QueryContext(ctx, gone(r), r.GroupID)
	if err != nil {
		return 0, errs.Wrap(err, "dashboard period")
	}
	if err := scanAll(rows, "dashboard period", func(rows *sql.Rows) error {
		var id int64
		err := rows.Scan(&id)
		if err == nil && id >= 0 && id>>6 < size {
			goneSet.add(id)
		}
		return err
	}); err != nil {
		return 0, err
	}
	where := `at >= ?2 AND at < ?3 AND ?1 = 0`
	if r.GroupID != 0 {
		where = `at >= ?2 AND at < ?3 AND group_id = ?1`
	}
	rows, err = q.QueryContext(ctx, `SELECT at, member_id, `+spoken+` FROM events INDEXED BY events_at WHERE `+where,
		r.GroupID, min(r.start(), silentFrom), r.end())
	if err != nil {
		return 0, errs.Wrap(err, "dashboard period")
	}
	err = scanAll(rows, "dashboard period", func(rows *sql.Rows) error {
		var at, id int64
		var spoke bool
		if err := rows.Scan(&at, &id, &spoke); err != nil {
			return err
		}
		if id < 0 || id>>6 >= size || goneSet.has(id) {
			return nil
		}
		if at >= silentFrom && recent.add(id) {
			seen++
		}
		if at >= r.start() {
			if reached.add(id) {
				d.Reached++
			}
			if spoke && speakers.add(id) {
				d.Speakers++
			}
		}
		return nil
	})
	return seen, err
}

// readPast counts, for a period that ends before the scope's last event,
// the members who spoke and who did anything in the period, and those seen
// since silentFrom: the unions of the days' sets (dashboard_daysets) less
// the members who no longer count.
func readPast(ctx context.Context, q store.Queryer, r Request, silentFrom int64, d *Dashboard) (seen int, err error) {
	var lo, hi sql.NullInt64
	if err := q.QueryRowContext(ctx, `SELECT (SELECT min(member_id) FROM events), (SELECT max(member_id) FROM events)`).
		Scan(&lo, &hi); err != nil {
		return 0, errs.Wrap(err, "dashboard period")
	}
	if lo.Int64 < 0 || hi.Int64 > math.MaxUint32 {
		return readPastEvents(ctx, q, r, silentFrom, d)
	}
	goneSet, err := readGone(ctx, q, r)
	if err != nil {
		return 0, err
	}
	first, start, recentFrom := min(r.start(), silentFrom)/86400, r.start()/86400, silentFrom/86400
	rows, err := q.QueryContext(ctx, `SELECT day, spoke, seen FROM dashboard_daysets WHERE scope = ? AND day >= ? AND day < ?`,
		r.GroupID, first, r.end()/86400)
	if err != nil {
		return 0, errs.Wrap(err, "dashboard period")
	}
	var speakers, reached, recent []*roaring.Bitmap
	err = scanAll(rows, "dashboard period", func(rows *sql.Rows) error {
		var n int64
		var spokeData, seenData []byte
		if err := rows.Scan(&n, &spokeData, &seenData); err != nil {
			return err
		}
		spoke, seen := roaring.New(), roaring.New()
		if n >= start {
			if _, err := spoke.FromBuffer(spokeData); err != nil {
				return err
			}
			speakers = append(speakers, spoke)
		}
		if _, err := seen.FromBuffer(seenData); err != nil {
			return err
		}
		if n >= start {
			reached = append(reached, seen)
		}
		if n >= recentFrom {
			recent = append(recent, seen)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	count := func(sets []*roaring.Bitmap) int {
		u := roaring.FastOr(sets...)
		return int(u.GetCardinality() - u.AndCardinality(goneSet))
	}
	d.Speakers, d.Reached = count(speakers), count(reached)
	return count(recent), nil
}

// readGone reads the members of the scope who no longer count.
func readGone(ctx context.Context, q store.Queryer, r Request) (*roaring.Bitmap, error) {
	rows, err := q.QueryContext(ctx, gone(r), r.GroupID)
	if err != nil {
		return nil, errs.Wrap(err, "dashboard period")
	}
	out := roaring.New()
	err = scanAll(rows, "dashboard period", func(rows *sql.Rows) error {
		var id int64
		err := rows.Scan(&id)
		if inSets(id) {
			out.Add(uint32(id))
		}
		return err
	})
	return out, err
}
