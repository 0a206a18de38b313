package dashboard

import (
	"context"

	"qunzhu/backend/invites"
	"qunzhu/backend/lottery"
	"qunzhu/backend/polls"
	"qunzhu/backend/store"
)

// Funnel counts the invitations of the scope (batches for the group, or all)
// by how far they got: invited → joined → active → core (the members' tiers now).
type Funnel struct {
	Invited, Copied, Sent, Joined, Active, Core int
}

// Poll is a recent vote.
type Poll struct {
	ID        int64
	Question  string
	Status    string
	Voters    int
	CreatedAt string // RFC 3339
}

// Draw is a recent lottery.
type Draw struct {
	ID       int64
	Title    string
	Status   string
	Entrants int
	Winners  int
	At       string // RFC 3339: drawn, else frozen
}

// recentCount is how many recent votes and draws the dashboard lists.
const recentCount = 5

func readFunnel(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	f, err := invites.CountFunnel(ctx, q, r.GroupID)
	d.Funnel = Funnel(f)
	return err
}

func readPolls(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	latest, err := polls.LatestOf(ctx, q, r.GroupID, recentCount)
	d.Polls = make([]Poll, len(latest))
	for i, p := range latest {
		d.Polls[i] = Poll(p)
	}
	return err
}

func readDraws(ctx context.Context, q store.Queryer, r Request, d *Dashboard) error {
	latest, err := lottery.LatestOf(ctx, q, r.GroupID, recentCount)
	d.Draws = make([]Draw, len(latest))
	for i, w := range latest {
		d.Draws[i] = Draw(w)
	}
	return err
}
