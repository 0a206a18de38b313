package funnel

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
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
	sc, err := scope(ctx, q, r)
	if err != nil {
		return nil, err
	}
	ps, err := activity.ShopPurchases(ctx, q, sc)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(ps))
	pairs := make([]members.InGroup, len(ps))
	for i, p := range ps {
		ids[i], pairs[i] = p.MemberID, members.InGroup{MemberID: p.MemberID, GroupID: p.GroupID}
	}
	tierOf, err := members.TiersByID(ctx, q, ids)
	if err != nil {
		return nil, err
	}
	joined, err := members.JoinDates(ctx, q, pairs)
	if err != nil {
		return nil, err
	}
	out := make([]buyer, len(ps))
	for i, p := range ps {
		day, ok := joined[pairs[i]]
		out[i] = buyer{member: p.MemberID, group: p.GroupID, purchases: p.Count, value: p.Value, first: p.First,
			tier: tierOf[p.MemberID], joined: sql.NullString{String: day, Valid: ok}}
	}
	return out, nil
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
	var mids, gids []int64
	for _, g := range flags {
		mids, gids = append(mids, g.MemberID), append(gids, g.GroupID)
	}
	labels, err := members.LabelsByID(ctx, q, mids)
	if err != nil {
		return err
	}
	names, err := groups.NamesByID(ctx, q, gids)
	for i := range flags {
		flags[i].Nickname, flags[i].Group = labels[flags[i].MemberID].Nickname, names[flags[i].GroupID]
	}
	return err
}
