package activity

import (
	"context"
	"database/sql"
	"errors"
	"runtime"
	"sync"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
)

// scanWindow sums the window ending at now in time slices read side by side,
// one per core (at most four), then joins them in time order: the result is
// what one scan from the start would give.
func scanWindow(ctx context.Context, q *sql.DB, now time.Time, days int, p progress) (*window, error) {
	return scanSlices(ctx, q, now, days, min(4, max(1, runtime.NumCPU())), p)
}

// memberIDs is the range of member ids, for the slices' dense tables.
func memberIDs(ctx context.Context, q *sql.DB) (lo, hi int64, err error) {
	return members.IDRange(ctx, q)
}

// scanSlices is scanWindow in n slices.
func scanSlices(ctx context.Context, q *sql.DB, now time.Time, days, n int, p progress) (*window, error) {
	lo, hi, err := memberIDs(ctx, q)
	if err != nil {
		return nil, err
	}
	parts := slicesOf(now, days, n, lo, hi)
	track := newTracker(parts, now.Unix(), p)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	failed := make([]error, len(parts))
	var wg sync.WaitGroup
	for i, w := range parts {
		w.seen = func(at int64) { track.seen(i, at) }
		wg.Go(func() {
			if failed[i] = w.scan(ctx, q); failed[i] != nil {
				cancel() // the other slices stop too
			}
		})
	}
	wg.Wait()
	if err := firstError(failed); err != nil {
		return nil, err
	}
	w := join(parts)
	return w, w.tips(ctx, q)
}

// slicesOf splits the window into n slices of equal time; the last one has
// no end, so events stamped after now still count, as before.
func slicesOf(now time.Time, days, n int, lo, hi int64) []*window {
	first := newWindow(now, days, lo, hi)
	span := (now.Unix() - first.since) / int64(n)
	out := make([]*window, n)
	for i := range out {
		w := newWindow(now, days, lo, hi)
		w.lo = first.since + int64(i)*span
		if i < n-1 {
			w.hi = w.lo + span
		}
		out[i] = w
	}
	return out
}

// join folds later slices into the first. A group's first event in a slice
// counted as a conversation start; it was not one when the slice before
// ended less than quietGap earlier.
func join(parts []*window) *window {
	w := parts[0]
	for _, next := range parts[1:] {
		for id, g := range next.groups {
			before := w.groups[id]
			if before != nil && g.firstAt-before.last < int64(quietGap/time.Second) {
				next.byID.find(g.firstMember).starts--
			}
			if before == nil {
				w.groups[id] = g
			} else {
				before.last = g.last
			}
		}
		next.byID.each(func(id int64, a *sums) {
			w.byID.get(id).add(a)
		})
	}
	return w
}

// tracker turns the slices' positions into one progress figure (0–600).
type tracker struct {
	mu    sync.Mutex
	now   int64
	parts []*window
	at    []int64
	p     progress
	shown int
}

func newTracker(parts []*window, now int64, p progress) *tracker {
	t := &tracker{parts: parts, now: now, at: make([]int64, len(parts)), p: p}
	for i, w := range parts {
		t.at[i] = w.lo
	}
	return t
}

func (t *tracker) seen(i int, at int64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.at[i] = at
	var done, total int64
	for j, w := range t.parts {
		end := w.hi
		if end == 0 {
			end = max(w.lo+1, t.now)
		}
		total += end - w.lo
		done += min(t.at[j], end) - w.lo
	}
	if permille := int(600 * done / max(1, total)); permille > t.shown {
		t.shown = permille
		t.p.report(permille)
	}
}

// firstError is the first failure that is not a cancellation caused by
// another slice's failure, else the first failure.
func firstError(failed []error) error {
	for _, err := range failed {
		if err != nil && !errors.Is(err, errs.ErrCancelled) {
			return err
		}
	}
	return errors.Join(failed...)
}
