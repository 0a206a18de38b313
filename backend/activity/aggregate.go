package activity

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/tiers"
)

// quietGap is the group silence after which a message starts a conversation.
const quietGap = 2 * time.Hour

// loadStats reads every live member's activity over the window ending at
// now: one pass over the window's events in time order (an index holds all
// it needs), then each member's first and last event from the member index.
func loadStats(ctx context.Context, q *sql.DB, now time.Time, s tiers.Settings) ([]tiers.Stats, error) {
	w := newWindow(now, s.WindowDays)
	if err := w.scan(ctx, q); err != nil {
		return nil, err
	}
	out, err := withMembers(ctx, q, w.byID)
	if err != nil {
		return nil, err
	}
	return out, firstAndLast(ctx, q, out)
}

// window sums events from its start up to now, per member.
type window struct {
	since, d7, d14 int64
	days           int
	byID           map[int64]*tiers.Stats
	n7, before     map[int64]int
	lastInGroup    map[int64]int64
}

func newWindow(now time.Time, days int) *window {
	return &window{since: now.AddDate(0, 0, -days).Unix(), d7: now.AddDate(0, 0, -7).Unix(),
		d14: now.AddDate(0, 0, -14).Unix(), days: days, byID: map[int64]*tiers.Stats{},
		n7: map[int64]int{}, before: map[int64]int{}, lastInGroup: map[int64]int64{}}
}

func (w *window) scan(ctx context.Context, q *sql.DB) error {
	rows, err := q.QueryContext(ctx, `SELECT at, coalesce(group_id, 0), member_id, kind, value FROM events INDEXED BY events_at
		WHERE at >= ? ORDER BY at`, w.since)
	if err != nil {
		return errs.Wrap(err, "sum activity")
	}
	defer rows.Close()
	var at, group, member int64
	var kind string
	var value float64
	for rows.Next() {
		if err := rows.Scan(&at, &group, &member, &kind, &value); err != nil {
			return errs.Wrap(err, "sum activity")
		}
		w.add(at, group, member, kind, value)
	}
	if err := rows.Err(); err != nil {
		return errs.Wrap(err, "sum activity")
	}
	for id, st := range w.byID {
		st.Daily7 = float64(w.n7[id]) / 7
		if d := w.days - 14; d > 0 {
			st.Baseline = float64(w.before[id]) / float64(d)
		}
	}
	return nil
}

// add counts one event; a message after quietGap of silence in its group
// starts a conversation.
func (w *window) add(at, group, member int64, kind string, value float64) {
	st := w.byID[member]
	if st == nil {
		st = &tiers.Stats{MemberID: member}
		w.byID[member] = st
	}
	st.Count++
	switch kind {
	case "post":
		st.Posts++
	case "tip":
		st.Tips += value
	case "share":
		st.Shares++
	case "purchase":
		st.Purchases++
	case "reply", "mention":
		st.Replies++
	}
	if at >= w.d7 {
		w.n7[member]++
	}
	if at < w.d14 {
		w.before[member]++
	}
	if last, ok := w.lastInGroup[group]; !ok || at-last >= int64(quietGap/time.Second) {
		st.Starts++
	}
	w.lastInGroup[group] = at
}

// firstAndLast fills in each member's first and last event ever.
func firstAndLast(ctx context.Context, q *sql.DB, stats []tiers.Stats) error {
	conn, err := q.Conn(ctx)
	if err != nil {
		return errs.Wrap(err, "first and last activity")
	}
	defer conn.Close()
	st, err := conn.PrepareContext(ctx, `SELECT min(at), max(at) FROM events WHERE member_id = ?`)
	if err != nil {
		return errs.Wrap(err, "first and last activity")
	}
	defer st.Close()
	for i := range stats {
		var first, last sql.NullInt64
		if err := st.QueryRowContext(ctx, stats[i].MemberID).Scan(&first, &last); err != nil {
			return errs.Wrap(err, "first and last activity")
		}
		if last.Valid {
			stats[i].FirstAt, stats[i].LastAt = time.Unix(first.Int64, 0).UTC(), time.Unix(last.Int64, 0).UTC()
		}
		if stats[i].JoinedAt.IsZero() { // in no group: with us since its first interaction
			stats[i].JoinedAt = stats[i].FirstAt
		}
	}
	return nil
}

// withMembers lists every live member, with its activity (if any), when it
// joined a group (members in none: from their first interaction, filled in
// by firstAndLast), and its previous tier and stage.
func withMembers(ctx context.Context, q *sql.DB, byID map[int64]*tiers.Stats) ([]tiers.Stats, error) {
	rows, err := q.QueryContext(ctx, `SELECT m.id, coalesce((SELECT min(joined_at) FROM memberships WHERE member_id = m.id), ''),
		coalesce(t.tier, ''), coalesce(t.tier_since, ''), coalesce(t.stage, ''), coalesce(t.stage_since, '')
		FROM members m LEFT JOIN member_tiers t ON t.member_id = m.id WHERE m.deleted_at IS NULL ORDER BY m.id`)
	if err != nil {
		return nil, errs.Wrap(err, "list members")
	}
	defer rows.Close()
	var out []tiers.Stats
	for rows.Next() {
		var id int64
		var joined, tier, tierSince, stage, stageSince string
		if err := rows.Scan(&id, &joined, &tier, &tierSince, &stage, &stageSince); err != nil {
			return nil, errs.Wrap(err, "list members")
		}
		st := tiers.Stats{MemberID: id}
		if got := byID[id]; got != nil {
			st = *got
		}
		st.JoinedAt = parseDay(joined)
		st.PrevTier, st.PrevTierAt = tiers.Tier(tier), parseStamp(tierSince)
		st.PrevStage, st.PrevStageAt = tiers.Stage(stage), parseStamp(stageSince)
		out = append(out, st)
	}
	return out, errs.Wrap(rows.Err(), "list members")
}

func parseDay(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}
