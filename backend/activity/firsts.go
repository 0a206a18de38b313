package activity

import (
	"context"
	"database/sql"
	"runtime"
	"sync"
	"sync/atomic"

	"qunzhu/backend/errs"
	"qunzhu/backend/tiers"
)

// firstAndLast fills in each member's first event ever and, for members
// quiet in the window, its last; members in no group count from their
// first event. The members are split among the cores, each part seeking on
// its own connection.
func firstAndLast(ctx context.Context, q *sql.DB, stats []tiers.Stats, p progress) error {
	n := min(4, max(1, runtime.NumCPU()))
	part := (len(stats) + n - 1) / max(1, n)
	var done atomic.Int64
	var mu sync.Mutex
	seen := func(k int) {
		d := done.Add(int64(k))
		mu.Lock()
		p.report(600 + int(250*d/int64(len(stats))))
		mu.Unlock()
	}
	failed := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		lo, hi := min(i*part, len(stats)), min((i+1)*part, len(stats))
		wg.Go(func() { failed[i] = seekAll(ctx, q, stats[lo:hi], seen) })
	}
	wg.Wait()
	return firstError(failed)
}

// seekAll is firstAndLast for one part of the members.
func seekAll(ctx context.Context, q *sql.DB, stats []tiers.Stats, seen func(int)) error {
	if len(stats) == 0 {
		return nil
	}
	conn, err := q.Conn(ctx)
	if err != nil {
		return errs.Wrap(err, "first and last activity")
	}
	defer conn.Close()
	first, err := conn.PrepareContext(ctx, `SELECT min(at) FROM events WHERE member_id = ?`)
	if err != nil {
		return errs.Wrap(err, "first and last activity")
	}
	defer first.Close()
	last, err := conn.PrepareContext(ctx, `SELECT max(at) FROM events WHERE member_id = ?`)
	if err != nil {
		return errs.Wrap(err, "first and last activity")
	}
	defer last.Close()
	for i := range stats {
		if i%1024 == 1023 {
			if ctx.Err() != nil {
				return errs.ErrCancelled
			}
			seen(1024)
		}
		if err := seekOne(ctx, first, last, &stats[i]); err != nil {
			return err
		}
	}
	return nil
}

// seekOne fills in one member's first (and, when quiet, last) event.
func seekOne(ctx context.Context, first, last *sql.Stmt, st *tiers.Stats) error {
	if st.LastAt.IsZero() {
		at, err := seek(ctx, last, st.MemberID)
		if err != nil || at.IsZero() { // never active
			return err
		}
		st.LastAt = at
	}
	at, err := seek(ctx, first, st.MemberID)
	if err != nil {
		return err
	}
	st.FirstAt = at
	if st.JoinedAt.IsZero() {
		st.JoinedAt = st.FirstAt
	}
	return nil
}
