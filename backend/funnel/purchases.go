package funnel

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"time"

	"qunzhu/backend/errs"
)

// buyer is one member's purchases in one group (0: none) in the period,
// with their current tier and their join date in that group.
type buyer struct {
	member, group int64
	purchases     int
	value         float64
	first         int64 // the first purchase, unix seconds of wall time
	tier          string
	joined        sql.NullString
}

// readPurchases reads the period's purchases once, per member and group,
// and works out both the purchases by tier and the flagged members.
func readPurchases(ctx context.Context, q *sql.Tx, f *Funnel) error {
	buyers, err := readBuyers(ctx, q, f.Request)
	if err != nil {
		return err
	}
	f.ByTier = byTier(buyers)
	flagged := flag(buyers, f.TrustDays)
	f.FlaggedTotal = len(flagged)
	f.Flagged = flagged[:min(len(flagged), MaxFlagged)]
	return name(ctx, q, f.Flagged)
}

func readBuyers(ctx context.Context, q *sql.Tx, r Request) ([]buyer, error) {
	rows, err := q.QueryContext(ctx, `SELECT p.member_id, p.group_id, p.n, p.v, p.first,
			coalesce((SELECT tier FROM member_tiers t WHERE t.member_id = p.member_id), ''),
			(SELECT joined_at FROM memberships ms WHERE ms.group_id = p.group_id AND ms.member_id = p.member_id)
		FROM (SELECT member_id, coalesce(group_id, 0) AS group_id, count(*) AS n, total(value) AS v, min(at) AS first
			FROM `+scoped(r)+` AND kind = 'purchase' GROUP BY member_id, group_id) p`, r.GroupID, r.start(), r.end())
	if err != nil {
		return nil, errs.Wrap(err, "funnel purchases")
	}
	defer rows.Close()
	var out []buyer
	for rows.Next() {
		var b buyer
		if err := rows.Scan(&b.member, &b.group, &b.purchases, &b.value, &b.first, &b.tier, &b.joined); err != nil {
			return nil, errs.Wrap(err, "funnel purchases")
		}
		out = append(out, b)
	}
	return out, errs.Wrap(rows.Err(), "funnel purchases")
}

// byTier adds the purchases up by tier, best first, then the members not
// scored (only when there are some); a buyer in two groups counts once.
func byTier(buyers []buyer) []TierLine {
	by := map[string]*TierLine{}
	seen := map[int64]bool{}
	for _, b := range buyers {
		t := by[b.tier]
		if t == nil {
			t = &TierLine{Tier: b.tier}
			by[b.tier] = t
		}
		t.Purchases += b.purchases
		t.Revenue += b.value
		if !seen[b.member] {
			seen[b.member] = true
			t.Buyers++
		}
	}
	var out []TierLine
	for _, tier := range tierOrder() {
		if t := by[tier]; t != nil {
			out = append(out, *t)
		} else if tier != "" {
			out = append(out, TierLine{Tier: tier})
		}
	}
	return out
}

// flag lists the buyers whose first purchase of the period in a group came
// fewer than trustDays after they joined it (no join date: not judged),
// by first purchase.
func flag(buyers []buyer, trustDays int) []Flag {
	out := []Flag{}
	for _, b := range buyers {
		joined, err := time.Parse(time.DateOnly, b.joined.String)
		if !b.joined.Valid || err != nil {
			continue
		}
		days := int(b.first/86400 - joined.Unix()/86400)
		if days < trustDays {
			out = append(out, Flag{MemberID: b.member, GroupID: b.group, Joined: b.joined.String,
				FirstPurchase: time.Unix(b.first, 0).UTC(), Days: days})
		}
	}
	slices.SortFunc(out, func(a, b Flag) int {
		if c := a.FirstPurchase.Compare(b.FirstPurchase); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(a.MemberID, b.MemberID), cmp.Compare(a.GroupID, b.GroupID))
	})
	return out
}

// name fills in the listed members' nicknames and their groups' names.
func name(ctx context.Context, q *sql.Tx, flags []Flag) error {
	st, err := q.PrepareContext(ctx, `SELECT m.nickname, g.name FROM members m, groups g WHERE m.id = ? AND g.id = ?`)
	if err != nil {
		return errs.Wrap(err, "funnel names")
	}
	defer st.Close()
	for i := range flags {
		g := &flags[i]
		if err := st.QueryRowContext(ctx, g.MemberID, g.GroupID).Scan(&g.Nickname, &g.Group); err != nil {
			return errs.Wrap(err, "funnel names")
		}
	}
	return nil
}
