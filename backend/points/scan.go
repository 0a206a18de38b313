package points

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"sync"

	"qunzhu/backend/activity"
	"qunzhu/backend/errs"
)

// secondsPerDay: event times are wall-clock readings stored as unix
// seconds, so a wall day is at / secondsPerDay.
const secondsPerDay = 86400

// Packing limits of the scan (activity.EachEventByTime).
const (
	maxGroup  = activity.PackedGroups
	maxDays   = activity.PackedDays
	maxMember = activity.PackedMembers
)

// cancelEvery is how many rows run between checks for cancellation.
const cancelEvery = 1 << 14

// scanEvents counts every event into tables, one per time slice read side
// by side (one per core, at most four; slices end on day boundaries, so
// the daily caps never span two), and merges them into the first.
func scanEvents(ctx context.Context, q *sql.DB, newT func() *table, report func(permille int)) (*table, error) {
	lo, hi, ok, err := activity.EventSpan(ctx, q)
	if err != nil || !ok {
		return newT(), err
	}
	first := floorDay(lo)
	if floorDay(hi)-first >= maxDays {
		return nil, errs.New(errs.Internal, "err.internal", nil)
	}
	bounds := sliceBounds(lo, hi+1, min(4, max(1, runtime.NumCPU())))
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
	var n int64
	return activity.EachEventByTime(ctx, conn, lo, hi, first, eventKinds,
		func(member, group int64, day int32, k uint8, amount float64) error {
			if n++; n%cancelEvery == 0 {
				if ctx.Err() != nil {
					return errs.ErrCancelled
				}
				seen(int64(day) * secondsPerDay)
			}
			t.count(member, group, kind(k), day, amount)
			return nil
		})
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
