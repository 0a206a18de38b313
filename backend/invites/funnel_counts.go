package invites

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

// FunnelCounts counts the invitations of a scope (the batches of a group,
// or all) by how far they got: invited → copied → sent → joined → active →
// core (the members' tiers now).
type FunnelCounts struct {
	Invited, Copied, Sent, Joined, Active, Core int
}

// CountFunnel counts the invitations of a group (0: all), skipped drafts
// left out.
func CountFunnel(ctx context.Context, q store.Queryer, group int64) (FunnelCounts, error) {
	var f FunnelCounts
	tier := members.TierOfSQL("d.member_id")
	err := q.QueryRowContext(ctx, `SELECT count(*), count(d.copied_at), count(d.sent_at),
		count(*) FILTER (WHERE d.state = 'joined'),
		count(*) FILTER (WHERE d.state = 'joined' AND `+tier+` IN ('active', 'core')),
		count(*) FILTER (WHERE d.state = 'joined' AND `+tier+` = 'core')
		FROM invite_drafts d JOIN invite_batches b ON b.id = d.batch_id
		WHERE d.state <> 'skipped' AND (?1 = 0 OR b.group_id = ?1)`, group).
		Scan(&f.Invited, &f.Copied, &f.Sent, &f.Joined, &f.Active, &f.Core)
	return f, errs.Wrap(err, "count funnel")
}
