package groups

import (
	"context"

	"qunzhu/backend/planner"
	"qunzhu/backend/store"
)

// MemberCounter counts, for each of the groups, the live members who have
// joined it (groups nobody joined may be left out).
type MemberCounter func(ctx context.Context, q store.Queryer, groupIDs []int64) (map[int64]int, error)

// countMembers is set by members, which owns memberships and sits above
// groups; until then every group counts 0.
var countMembers MemberCounter = func(context.Context, store.Queryer, []int64) (map[int64]int, error) {
	return map[int64]int{}, nil
}

// CountMembersWith sets how a group's Members are counted (members calls
// it when it loads).
func CountMembersWith(f MemberCounter) { countMembers = f }

// fill adds to each group what other packages keep: its rules text (the
// planner's) and its member count (members').
func fill(ctx context.Context, q store.Queryer, gs []Group) error {
	if len(gs) == 0 {
		return nil
	}
	ids := make([]int64, len(gs))
	for i, g := range gs {
		ids[i] = g.ID
	}
	rules, err := planner.RulesText(ctx, q, ids)
	if err != nil {
		return err
	}
	counts, err := countMembers(ctx, q, ids)
	if err != nil {
		return err
	}
	for i := range gs {
		gs[i].Rules, gs[i].Members = rules[gs[i].ID], counts[gs[i].ID]
	}
	return nil
}
