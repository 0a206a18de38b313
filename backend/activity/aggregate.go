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

// aggregateSQL sums each member's events: all time (last, first) and over
// the window (?1 = its start, ?2 = 7 days ago, ?3 = 14 days ago).
const aggregateSQL = `SELECT member_id, max(at), min(at),
	sum(at >= ?1),
	sum(at >= ?1 AND kind = 'post'),
	total(CASE WHEN at >= ?1 AND kind = 'tip' THEN value END),
	sum(at >= ?1 AND kind = 'share'),
	sum(at >= ?1 AND kind = 'purchase'),
	sum(at >= ?1 AND kind IN ('reply', 'mention')),
	sum(at >= ?2),
	sum(at >= ?1 AND at < ?3)
FROM events GROUP BY member_id`

// loadStats reads every live member's activity over the window ending at now.
func loadStats(ctx context.Context, q *sql.DB, now time.Time, s tiers.Settings) ([]tiers.Stats, error) {
	since := now.AddDate(0, 0, -s.WindowDays)
	byID := map[int64]*tiers.Stats{}
	rows, err := q.QueryContext(ctx, aggregateSQL, since.Unix(), now.AddDate(0, 0, -7).Unix(), now.AddDate(0, 0, -14).Unix())
	if err != nil {
		return nil, errs.Wrap(err, "sum activity")
	}
	for rows.Next() {
		var st tiers.Stats
		var last, first, n7, before int64
		if err := rows.Scan(&st.MemberID, &last, &first, &st.Count, &st.Posts, &st.Tips, &st.Shares, &st.Purchases,
			&st.Replies, &n7, &before); err != nil {
			rows.Close()
			return nil, errs.Wrap(err, "sum activity")
		}
		st.LastAt, st.FirstAt = time.Unix(last, 0).UTC(), time.Unix(first, 0).UTC()
		st.Daily7 = float64(n7) / 7
		if days := s.WindowDays - 14; days > 0 {
			st.Baseline = float64(before) / float64(days)
		}
		byID[st.MemberID] = &st
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, errs.Wrap(err, "sum activity")
	}
	if err := countStarts(ctx, q, since, byID); err != nil {
		return nil, err
	}
	return withMembers(ctx, q, byID)
}

// countStarts counts, per member, the messages that broke a group's silence
// of quietGap or more within the window.
func countStarts(ctx context.Context, q *sql.DB, since time.Time, byID map[int64]*tiers.Stats) error {
	rows, err := q.QueryContext(ctx, `SELECT coalesce(group_id, 0), member_id, at FROM events
		WHERE at >= ? ORDER BY group_id, at`, since.Unix())
	if err != nil {
		return errs.Wrap(err, "find conversation starts")
	}
	defer rows.Close()
	var group, prevGroup, prevAt int64 = 0, -1, 0
	for rows.Next() {
		var member, at int64
		if err := rows.Scan(&group, &member, &at); err != nil {
			return errs.Wrap(err, "find conversation starts")
		}
		if (group != prevGroup || at-prevAt >= int64(quietGap/time.Second)) && byID[member] != nil {
			byID[member].Starts++
		}
		prevGroup, prevAt = group, at
	}
	return errs.Wrap(rows.Err(), "find conversation starts")
}

// withMembers lists every live member, with its activity (if any), when it
// joined, and its previous tier and stage.
func withMembers(ctx context.Context, q *sql.DB, byID map[int64]*tiers.Stats) ([]tiers.Stats, error) {
	rows, err := q.QueryContext(ctx, `SELECT m.id, coalesce((SELECT min(joined_at) FROM memberships WHERE member_id = m.id), ''),
		substr(m.created_at, 1, 10), coalesce(t.tier, ''), coalesce(t.tier_since, ''), coalesce(t.stage, ''), coalesce(t.stage_since, '')
		FROM members m LEFT JOIN member_tiers t ON t.member_id = m.id WHERE m.deleted_at IS NULL ORDER BY m.id`)
	if err != nil {
		return nil, errs.Wrap(err, "list members")
	}
	defer rows.Close()
	var out []tiers.Stats
	for rows.Next() {
		var id int64
		var joined, created, tier, tierSince, stage, stageSince string
		if err := rows.Scan(&id, &joined, &created, &tier, &tierSince, &stage, &stageSince); err != nil {
			return nil, errs.Wrap(err, "list members")
		}
		st := tiers.Stats{MemberID: id}
		if got := byID[id]; got != nil {
			st = *got
		}
		st.JoinedAt = parseDay(joined)
		if st.JoinedAt.IsZero() {
			st.JoinedAt = parseDay(created)
		}
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
