package dashboard

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
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

// readPast counts, for a period that ends before the scope's last event,
// the members who spoke and who did anything in the period, and those seen
// since silentFrom, reading the events of the period once (the events_at
// index) into sets of member ids.
func readPast(ctx context.Context, q queryer, r Request, silentFrom int64, d *Dashboard) (seen int, err error) {
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
