package points

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"sync"

	"qunzhu/backend/errs"
)

// secondsPerDay: event times are wall-clock readings stored as unix
// seconds, so a wall day is at / secondsPerDay.
const secondsPerDay = 86400

// The scan reads one number an event from the events_at index alone — its
// member, group, day (from the first day of the data) and kind packed as
// ((member * 2^16 + group) * 2^15 + day) * 8 + kind — and a purchase's
// amount (NULL for the rest). Both are scanned into interfaces: no
// reflection, no conversion, and no allocation for the NULLs.
const scanSQL = `SELECT ((member_id * 65536 + coalesce(group_id, 0)) * 32768 + (at / 86400 - ?3)) * 8 + ` + eventKindSQL + `,
	iif(kind = 'purchase', value, NULL)
	FROM events INDEXED BY events_at WHERE at >= ?1 AND at < ?2 ORDER BY at`

// Packing limits: group ids below 2^16, a span of days below 2^15 (89
// years), member ids below 2^29.
const (
	maxGroup  = 1 << 16
	maxDays   = 1 << 15
	maxMember = 1 << 29
)

// cancelEvery is how many rows run between checks for cancellation.
const cancelEvery = 1 << 14

// scanEvents counts every event into tables, one per time slice read side
// by side (one per core, at most four; slices end on day boundaries, so
// the daily caps never span two), and merges them into the first.
func scanEvents(ctx context.Context, q *sql.DB, newT func() *table, report func(permille int)) (*table, error) {
	var lo, hi sql.NullInt64
	if err := q.QueryRowContext(ctx, `SELECT min(at), max(at) FROM events`).Scan(&lo, &hi); err != nil {
		return nil, errs.Wrap(err, "scan events")
	}
	if !lo.Valid {
		return newT(), nil
	}
	first := floorDay(lo.Int64)
	if floorDay(hi.Int64)-first >= maxDays {
		return nil, errs.New(errs.Internal, "err.internal", nil)
	}
	bounds := sliceBounds(lo.Int64, hi.Int64+1, min(4, max(1, runtime.NumCPU())))
	parts := make([]*table, len(bounds)-1)
	failed := make([]error, len(parts))
	track := newTracker(bounds, report)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for i := range parts {
		parts[i] = newT()
		wg.Go(func() {
			failed[i] = scanSlice(ctx, q, parts[i], bounds[i], bounds[i+1], first, func(at int64) { track.seen(i, at) })
			if failed[i] != nil {
				cancel()
			}
		})
	}
	wg.Wait()
	for _, err := range failed {
		if err != nil {
			return nil, err
		}
	}
	for _, p := range parts[1:] {
		parts[0].merge(p)
	}
	return parts[0], nil
}

// sliceBounds splits [lo, hi) into up to n spans on day boundaries.
func sliceBounds(lo, hi int64, n int) []int64 {
	first, last := floorDay(lo), floorDay(hi-1)+1
	days := last - first
	n = int(min(int64(n), days))
	out := []int64{lo}
	for i := 1; i < n; i++ {
		out = append(out, (first+days*int64(i)/int64(n))*secondsPerDay)
	}
	return append(out, hi)
}

func floorDay(at int64) int64 {
	d := at / secondsPerDay
	if at < 0 && at%secondsPerDay != 0 {
		d--
	}
	return d
}

// scanSlice counts the events of [lo, hi) into t; days count from first.
func scanSlice(ctx context.Context, q *sql.DB, t *table, lo, hi, first int64, seen func(at int64)) error {
	conn, err := mapped(ctx, q)
	if err != nil {
		return err
	}
	defer unmap(conn)
	rows, err := conn.QueryContext(ctx, scanSQL, lo, hi, first)
	if err != nil {
		return errs.Wrap(err, "scan events")
	}
	defer rows.Close()
	var packed, amount any
	for n := int64(1); rows.Next(); n++ {
		if err := rows.Scan(&packed, &amount); err != nil {
			return errs.Wrap(err, "scan events")
		}
		p, _ := packed.(int64)
		day := int32(first + p>>3&(maxDays-1))
		if n%cancelEvery == 0 {
			if ctx.Err() != nil {
				return errs.ErrCancelled
			}
			seen(int64(day) * secondsPerDay)
		}
		value, _ := amount.(float64)
		t.count(p>>34, p>>18&(maxGroup-1), kind(p&7), day, value)
	}
	return errs.Wrap(rows.Err(), "scan events")
}

// tracker turns how far in time each slice has read into progress.
type tracker struct {
	mu     sync.Mutex
	bounds []int64
	at     []int64
	report func(permille int)
}

func newTracker(bounds []int64, report func(permille int)) *tracker {
	t := &tracker{bounds: bounds, at: make([]int64, len(bounds)-1), report: report}
	copy(t.at, bounds)
	return t
}

// seen records that slice i has read up to at and reports the share of
// the whole span read, in thousandths.
func (t *tracker) seen(i int, at int64) {
	if t.report == nil {
		return
	}
	t.mu.Lock()
	t.at[i] = at
	var done int64
	for j, a := range t.at {
		done += a - t.bounds[j]
	}
	span := t.bounds[len(t.bounds)-1] - t.bounds[0]
	t.mu.Unlock()
	t.report(int(1000 * done / max(span, 1)))
}

// scanMmap is how much of the database file a scan maps into memory: the
// index pages are then read without a system call each (as the tier scan,
// which maps 1 GiB; this scan reads the whole index, spread over a file of
// several GiB at 10M events, so it maps as much as SQLite's default
// build allows, just under 2 GiB).
const scanMmap = 0x7fff0000

// mapped is a read connection with the file mapped for a long scan.
func mapped(ctx context.Context, q *sql.DB) (*sql.Conn, error) {
	conn, err := q.Conn(ctx)
	if err != nil {
		return nil, errs.Wrap(err, "scan events")
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA mmap_size = %d", scanMmap)); err != nil {
		conn.Close()
		return nil, errs.Wrap(err, "scan events")
	}
	return conn, nil
}

// unmap gives the connection back to the pool as it was.
func unmap(conn *sql.Conn) {
	conn.ExecContext(context.Background(), "PRAGMA mmap_size = 0")
	conn.Close()
}
