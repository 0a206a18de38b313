package funnel

import (
	"context"
	"database/sql"
	"time"

	"qunzhu/backend/errs"
)

// shopSQL is the WHERE of migration 0020's partial indexes, word for word.
const shopSQL = `kind IN ('click', 'inquiry', 'purchase')`

// live leaves out the events of members in the trash.
const live = `member_id NOT IN (SELECT id FROM members WHERE deleted_at IS NOT NULL)`

// scoped is the FROM and WHERE of the scope's shop events in the period,
// reading ?1 as the group (0: all groups), ?2 and ?3 as the period.
func scoped(r Request) string {
	if r.GroupID == 0 {
		return `events INDEXED BY events_shop_all WHERE ?1 = 0 AND ` + shopSQL + ` AND at >= ?2 AND at < ?3 AND ` + live
	}
	return `events INDEXED BY events_shop WHERE group_id = ?1 AND ` + shopSQL + ` AND at >= ?2 AND at < ?3 AND ` + live
}

// readRecorded says whether the scope holds a shop event at any time.
func readRecorded(ctx context.Context, q *sql.Tx, f *Funnel) error {
	where := `group_id = ?1`
	if f.GroupID == 0 {
		where = `?1 = 0`
	}
	err := q.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM events WHERE `+where+` AND `+shopSQL+`)`,
		f.GroupID).Scan(&f.Recorded)
	return errs.Wrap(err, "funnel recorded")
}

// readSteps counts each step's events and members, and the rates.
func readSteps(ctx context.Context, q *sql.Tx, f *Funnel) error {
	rows, err := q.QueryContext(ctx, `SELECT kind, count(*), count(DISTINCT member_id), total(value) FROM `+
		scoped(f.Request)+` GROUP BY kind`, f.GroupID, f.start(), f.end())
	if err != nil {
		return errs.Wrap(err, "funnel steps")
	}
	defer rows.Close()
	by := map[string]Step{}
	for rows.Next() {
		var s Step
		if err := rows.Scan(&s.Kind, &s.Events, &s.Members, &s.Value); err != nil {
			return errs.Wrap(err, "funnel steps")
		}
		by[s.Kind] = s
	}
	if err := rows.Err(); err != nil {
		return errs.Wrap(err, "funnel steps")
	}
	for i, k := range Kinds {
		s := by[k]
		s.Kind = k
		if i > 0 {
			s.Rate = rateOf(s.Members, f.Steps[i-1].Members)
		}
		f.Steps = append(f.Steps, s)
	}
	f.Overall = rateOf(f.Steps[2].Members, f.Steps[0].Members)
	f.Revenue = f.Steps[2].Value
	return nil
}

// readTiers counts the purchases by the buyers' current tier.
func readTiers(ctx context.Context, q *sql.Tx, f *Funnel) error {
	rows, err := q.QueryContext(ctx, `SELECT coalesce((SELECT tier FROM member_tiers t WHERE t.member_id = p.member_id), ''),
		count(*), count(DISTINCT member_id), total(value)
		FROM (SELECT member_id, value FROM `+scoped(f.Request)+` AND kind = 'purchase') p GROUP BY 1`,
		f.GroupID, f.start(), f.end())
	if err != nil {
		return errs.Wrap(err, "funnel tiers")
	}
	defer rows.Close()
	by := map[string]TierLine{}
	for rows.Next() {
		var t TierLine
		if err := rows.Scan(&t.Tier, &t.Purchases, &t.Buyers, &t.Revenue); err != nil {
			return errs.Wrap(err, "funnel tiers")
		}
		by[t.Tier] = t
	}
	if err := rows.Err(); err != nil {
		return errs.Wrap(err, "funnel tiers")
	}
	for _, tier := range tierOrder() {
		if t, ok := by[tier]; ok || tier != "" {
			t.Tier = tier
			f.ByTier = append(f.ByTier, t)
		}
	}
	return nil
}

// readFlagged lists the members whose first purchase of the period in a
// group came fewer than TrustDays after they joined it (members without a
// join date in that group are not judged).
func readFlagged(ctx context.Context, q *sql.Tx, f *Funnel) error {
	rows, err := q.QueryContext(ctx, `SELECT p.member_id, m.nickname, p.group_id, g.name, ms.joined_at, p.first,
			p.first / 86400 - unixepoch(ms.joined_at) / 86400 AS days
		FROM (SELECT member_id, group_id, min(at) AS first FROM `+scoped(f.Request)+` AND kind = 'purchase'
			GROUP BY member_id, group_id) p
		JOIN memberships ms ON ms.group_id = p.group_id AND ms.member_id = p.member_id AND ms.joined_at IS NOT NULL
		JOIN members m ON m.id = p.member_id
		JOIN groups g ON g.id = p.group_id
		WHERE p.first / 86400 - unixepoch(ms.joined_at) / 86400 < ?4
		ORDER BY p.first, p.member_id, p.group_id`, f.GroupID, f.start(), f.end(), f.TrustDays)
	if err != nil {
		return errs.Wrap(err, "funnel flagged")
	}
	defer rows.Close()
	for rows.Next() {
		var g Flag
		var at int64
		if err := rows.Scan(&g.MemberID, &g.Nickname, &g.GroupID, &g.Group, &g.Joined, &at, &g.Days); err != nil {
			return errs.Wrap(err, "funnel flagged")
		}
		if f.FlaggedTotal++; len(f.Flagged) < MaxFlagged {
			g.FirstPurchase = time.Unix(at, 0).UTC()
			f.Flagged = append(f.Flagged, g)
		}
	}
	return errs.Wrap(rows.Err(), "funnel flagged")
}
