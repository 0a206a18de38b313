package summaries

import (
	"context"
	"database/sql"
	"maps"
	"slices"
	"strings"

	"github.com/RoaringBitmap/roaring/v2"

	"qunzhu/backend/errs"
	"qunzhu/backend/settings"
	"qunzhu/backend/store"
)

// builtKey is the settings row saying the summaries hold every event:
// migration 0011 sets it on a database without events; otherwise the first
// dashboard counts them (Rebuild) once. setsBuiltKey says the same of the
// days' sets (migration 0012).
const (
	builtKey     = "dashboard_built"
	setsBuiltKey = "dashboard_sets_built"
)

// rebuild counts the summaries again from every stored event, read once in
// time order, and marks them built.
func rebuild(ctx context.Context, tx *sql.Tx, src Events) error {
	for _, q := range []string{`DELETE FROM dashboard_days`, `DELETE FROM dashboard_daysets`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return errs.Wrap(err, "rebuild dashboard")
		}
	}
	err := store.WithoutTriggers(ctx, tx, "dashboard_last", func() error { // a million members' triggers would take minutes
		for _, q := range []string{`DELETE FROM dashboard_last`, `DELETE FROM dashboard_lastdays`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return errs.Wrap(err, "rebuild dashboard")
			}
		}
		b, err := readEvents(ctx, tx, src)
		if err == nil {
			err = b.storeLast(ctx, tx)
		}
		if err == nil {
			err = b.storeLastDays(ctx, tx)
		}
		return err
	})
	if err != nil {
		return err
	}
	return errs.Wrap(settings.Mark(ctx, tx, builtKey, setsBuiltKey), "rebuild dashboard")
}

// readEvents counts every event, storing each day as it is done.
func readEvents(ctx context.Context, tx *sql.Tx, src Events) (*builder, error) {
	b := newBuilder()
	err := src.All(ctx, tx, func(e Event) error { return b.add(ctx, tx, e) })
	if err == nil {
		err = b.flushDay(ctx, tx)
	}
	return b, errs.Wrap(err, "rebuild dashboard")
}

// dayCount is one scope's day as it is being counted.
type dayCount struct {
	messages, events  int
	speakers, reached map[int64]struct{}
}

// last is a member's last spoken event (-1: none) and last event in a scope.
type last struct{ spoke, seen int64 }

type builder struct {
	day   int64
	days  map[int64]*dayCount       // scope → the current day
	lasts map[int64]map[int64]*last // scope → member → last events
}

func newBuilder() *builder {
	return &builder{day: -1 << 62, days: map[int64]*dayCount{}, lasts: map[int64]map[int64]*last{}}
}

func (b *builder) add(ctx context.Context, tx *sql.Tx, e Event) error {
	if d := e.At / 86400; d != b.day {
		if err := b.flushDay(ctx, tx); err != nil {
			return err
		}
		b.day = d
	}
	b.count(0, e)
	if e.Group != 0 {
		b.count(e.Group, e)
	}
	return nil
}

func (b *builder) count(scope int64, e Event) {
	d := b.days[scope]
	if d == nil {
		d = &dayCount{speakers: map[int64]struct{}{}, reached: map[int64]struct{}{}}
		b.days[scope] = d
	}
	d.events++
	d.reached[e.Member] = struct{}{}
	m := b.lasts[scope]
	if m == nil {
		m = map[int64]*last{}
		b.lasts[scope] = m
	}
	l := m[e.Member]
	if l == nil {
		l = &last{spoke: -1}
		m[e.Member] = l
	}
	l.seen = e.At // in time order: the latest so far
	if e.Spoken {
		d.messages++
		d.speakers[e.Member] = struct{}{}
		l.spoke = e.At
	}
}

// flushDay stores the day counted so far, and its sets.
func (b *builder) flushDay(ctx context.Context, tx *sql.Tx) error {
	sets := setsOf{}
	for scope, d := range b.days {
		if _, err := tx.ExecContext(ctx, `INSERT INTO dashboard_days (scope, day, messages, events, speakers, reached)
			VALUES (?, ?, ?, ?, ?, ?)`, scope, b.day, d.messages, d.events, len(d.speakers), len(d.reached)); err != nil {
			return errs.Wrap(err, "rebuild dashboard")
		}
		sets[scopeDay{scope, b.day}] = &daySets{spoke: bitmapOf(d.speakers), seen: bitmapOf(d.reached)}
	}
	clear(b.days)
	return storeSets(ctx, tx, sets)
}

// bitmapOf is a set of member ids as a bitmap.
func bitmapOf(ids map[int64]struct{}) *roaring.Bitmap {
	sorted := make([]uint32, 0, len(ids))
	for id := range ids {
		if inSets(id) {
			sorted = append(sorted, uint32(id))
		}
	}
	slices.Sort(sorted)
	out := roaring.New()
	out.AddMany(sorted)
	return out
}

// lastChunk is how many members' last events one INSERT stores.
const lastChunk = 200

func (b *builder) storeLast(ctx context.Context, tx *sql.Tx) error {
	args := make([]any, 0, lastChunk*4)
	flush := func() error {
		if len(args) == 0 {
			return nil
		}
		q := `INSERT INTO dashboard_last (scope, member_id, spoke_at, seen_at) VALUES ` +
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?),", len(args)/4), ",")
		_, err := tx.ExecContext(ctx, q, args...)
		args = args[:0]
		return errs.Wrap(err, "rebuild dashboard")
	}
	scopes := slices.Sorted(maps.Keys(b.lasts))
	for _, scope := range scopes { // in key order: the b-tree fills from one end
		members := b.lasts[scope]
		for _, id := range slices.Sorted(maps.Keys(members)) {
			l := members[id]
			args = append(args, scope, id, l.spoke, l.seen)
			if len(args) == cap(args) {
				if err := flush(); err != nil {
					return err
				}
			}
		}
	}
	return flush()
}

// storeLastDays stores how many members' last events fall on each day, as
// the triggers on dashboard_last would have.
func (b *builder) storeLastDays(ctx context.Context, tx *sql.Tx) error {
	type scopeDay struct{ scope, day int64 }
	counts := map[scopeDay]*[2]int{}
	at := func(scope, t int64) *[2]int {
		k := scopeDay{scope, t / 86400}
		if counts[k] == nil {
			counts[k] = &[2]int{}
		}
		return counts[k]
	}
	for scope, members := range b.lasts {
		for _, l := range members {
			at(scope, l.seen)[1]++
			if l.spoke >= 0 {
				at(scope, l.spoke)[0]++
			}
		}
	}
	for k, c := range counts {
		if _, err := tx.ExecContext(ctx, `INSERT INTO dashboard_lastdays (scope, day, spoke, seen) VALUES (?, ?, ?, ?)`,
			k.scope, k.day, c[0], c[1]); err != nil {
			return errs.Wrap(err, "rebuild dashboard")
		}
	}
	return nil
}
