package activity

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
	"qunzhu/backend/tiers"
)

// quietGap is the group silence after which a message starts a conversation.
const quietGap = 2 * time.Hour

// loadStats reads every live member's activity over the window ending at
// now: the window's events in time order, read in slices side by side (an
// index holds all they need) while the member list is read beside them,
// then each member's first (and, when quiet in the window, last) event,
// each a seek in the member index.
func loadStats(ctx context.Context, q *sql.DB, now time.Time, s tiers.Settings, p progress) ([]tiers.Stats, error) {
	type listed struct {
		stats []tiers.Stats
		err   error
	}
	list := make(chan listed, 1)
	go func() {
		out, err := withMembers(ctx, q)
		list <- listed{out, err}
	}()
	w, err := scanWindow(ctx, q, now, s.WindowDays, p)
	l := <-list
	if err != nil {
		return nil, err
	}
	if l.err != nil {
		return nil, l.err
	}
	for i := range l.stats {
		if a := w.byID.find(l.stats[i].MemberID); a != nil {
			l.stats[i] = withActivity(l.stats[i], a.stats(l.stats[i].MemberID, w.days, w.tipsBy[l.stats[i].MemberID]))
		}
	}
	return l.stats, firstAndLast(ctx, q, l.stats, p)
}

// withActivity is a listed member (when it joined, its stored tier and
// stage) with its activity in the window.
func withActivity(listed, act tiers.Stats) tiers.Stats {
	act.JoinedAt = listed.JoinedAt
	act.PrevTier, act.PrevTierAt, act.PrevTierLowAt = listed.PrevTier, listed.PrevTierAt, listed.PrevTierLowAt
	act.PrevStage, act.PrevStageAt, act.PrevStageLowAt = listed.PrevStage, listed.PrevStageAt, listed.PrevStageLowAt
	return act
}

// progress reports re-scoring in thousandths; the scan is the first 600,
// the first and last activity up to 850, scoring and storing the rest.
type progress func(permille int)

func (p progress) report(permille int) {
	if p != nil {
		p(permille)
	}
}

// cancelEvery is how many rows run between checks for cancellation.
const cancelEvery = 1 << 14

// window sums the events of one slice of time, [lo, hi) (hi 0: no end),
// per member.
type window struct {
	since, d7, d14 int64
	lo, hi         int64
	days           int
	byID           *memberSums
	tipsBy         map[int64]float64 // tip values per member over the whole window
	groups         map[int64]*groupRun
	cur            *groupRun // the group of the last event, spared a lookup
	curID          int64
	seen           func(at int64) // progress, called every cancelEvery rows
}

// groupRun is one group's events in a slice: the first (counted as a
// conversation start until the slice before shows the group was not quiet)
// and the last.
type groupRun struct{ firstAt, firstMember, last int64 }

// newWindow sums the window of days ending at now, for members with ids
// from lo to hi (others are counted too, just a little slower).
func newWindow(now time.Time, days int, lo, hi int64) *window {
	since := now.AddDate(0, 0, -days).Unix()
	return &window{since: since, lo: since, d7: now.AddDate(0, 0, -7).Unix(),
		d14: now.AddDate(0, 0, -14).Unix(), days: days, byID: newMemberSums(lo, hi),
		groups: map[int64]*groupRun{}, curID: -1}
}

// The scan reads three numbers an event: its time, its group, and its
// member and kind packed as member*8 + kind (kinds as numbers spare a
// string an event; messages, most of them, are tested first). Tip values
// are summed by their own small query.
const scanSQL = `SELECT at, coalesce(group_id, 0), member_id * 8 +
	CASE kind WHEN 'message' THEN 0 WHEN 'post' THEN 1 WHEN 'tip' THEN 2 WHEN 'share' THEN 3
		WHEN 'purchase' THEN 4 WHEN 'reply' THEN 5 WHEN 'mention' THEN 5 ELSE 0 END
	FROM events INDEXED BY events_at WHERE at >= ?1 AND (?2 = 0 OR at < ?2) ORDER BY at`

const tipsSQL = `SELECT member_id, total(value) FROM events INDEXED BY events_tips
	WHERE at >= ? AND kind = 'tip' GROUP BY member_id`

func (w *window) scan(ctx context.Context, q *sql.DB) error {
	conn, err := mapped(ctx, q)
	if err != nil {
		return err
	}
	defer unmap(conn)
	rows, err := conn.QueryContext(ctx, scanSQL, w.lo, w.hi)
	if err != nil {
		return errs.Wrap(err, "sum activity")
	}
	defer rows.Close()
	var at, group, packed int64
	for n := 1; rows.Next(); n++ {
		if err := rows.Scan(&at, &group, &packed); err != nil {
			return errs.Wrap(err, "sum activity")
		}
		if n%cancelEvery == 0 {
			if ctx.Err() != nil {
				return errs.ErrCancelled
			}
			w.seen(at)
		}
		w.add(at, group, packed>>3, int(packed&7))
	}
	return errs.Wrap(rows.Err(), "sum activity")
}

// scanMmap is how much of the database file a scan maps into memory: the
// window's index pages are then read without a system call each.
const scanMmap = 1 << 30

// mapped is a read connection with the file mapped for a long scan.
func mapped(ctx context.Context, q *sql.DB) (*sql.Conn, error) {
	conn, err := q.Conn(ctx)
	if err != nil {
		return nil, errs.Wrap(err, "sum activity")
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA mmap_size = %d", scanMmap)); err != nil {
		conn.Close()
		return nil, errs.Wrap(err, "sum activity")
	}
	return conn, nil
}

// unmap gives the connection back to the pool as it was.
func unmap(conn *sql.Conn) {
	conn.ExecContext(context.Background(), "PRAGMA mmap_size = 0")
	conn.Close()
}

// tips adds each member's tip values in the window.
func (w *window) tips(ctx context.Context, q *sql.DB) error {
	w.tipsBy = map[int64]float64{}
	rows, err := q.QueryContext(ctx, tipsSQL, w.since)
	if err != nil {
		return errs.Wrap(err, "sum tips")
	}
	defer rows.Close()
	for rows.Next() {
		var member int64
		var value float64
		if err := rows.Scan(&member, &value); err != nil {
			return errs.Wrap(err, "sum tips")
		}
		w.tipsBy[member] = value
	}
	return errs.Wrap(rows.Err(), "sum tips")
}

// add counts one event; a message after quietGap of silence in its group
// starts a conversation.
func (w *window) add(at, group, member int64, kind int) {
	a := w.byID.get(member)
	a.count++
	switch kind {
	case 1:
		a.posts++
	case 3:
		a.shares++
	case 4:
		a.purchases++
	case 5:
		a.replies++
	}
	if at >= w.d7 {
		a.n7++
	}
	if at < w.d14 {
		a.before++
	}
	a.last = at // events come in time order
	if g := w.group(group); g == nil {
		w.groups[group] = &groupRun{firstAt: at, firstMember: member, last: at}
		a.starts++
	} else {
		if at-g.last >= int64(quietGap/time.Second) {
			a.starts++
		}
		g.last = at
	}
}

// group is the run of a group seen before in the slice, else nil.
func (w *window) group(id int64) *groupRun {
	if id == w.curID {
		return w.cur
	}
	g := w.groups[id]
	if g != nil {
		w.cur, w.curID = g, id
	}
	return g
}

// seek runs a min or max query for one member; zero when it has no events.
func seek(ctx context.Context, st *sql.Stmt, member int64) (time.Time, error) {
	var at sql.NullInt64
	if err := st.QueryRowContext(ctx, member).Scan(&at); err != nil {
		return time.Time{}, errs.Wrap(err, "first and last activity")
	}
	if !at.Valid {
		return time.Time{}, nil
	}
	return time.Unix(at.Int64, 0).UTC(), nil
}

// withMembers lists every live member: when it joined a group (members in
// none: from their first interaction, filled in by firstAndLast) and its
// stored tier and stage.
func withMembers(ctx context.Context, q *sql.DB) ([]tiers.Stats, error) {
	standings, err := members.TierStarts(ctx, q)
	if err != nil {
		return nil, err
	}
	var out []tiers.Stats
	for _, sd := range standings {
		st := tiers.Stats{MemberID: sd.ID}
		st.JoinedAt = parseDay(sd.Joined)
		st.PrevTier, st.PrevTierAt = tiers.Tier(sd.Tier), store.ParseStampOrZero(sd.TierSince)
		st.PrevStage, st.PrevStageAt = tiers.Stage(sd.Stage), store.ParseStampOrZero(sd.StageSince)
		st.PrevTierLowAt, st.PrevStageLowAt = store.ParseStampOrZero(sd.TierLowSince), store.ParseStampOrZero(sd.StageLowSince)
		out = append(out, st)
	}
	return out, nil
}

func parseDay(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}
