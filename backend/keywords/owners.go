package keywords

import (
	"context"

	"qunzhu/backend/store"
)

// Owners are the functions of the packages that own what a listed hit
// shows besides the message (members, groups, planner). They sit above
// keywords (the planner imports it), so the composition root passes them
// in: workspace.KeywordsOwners. A nil one leaves its field empty.
type Owners struct {
	// Nicknames are the nicknames of the members that exist, in the trash
	// or not; others are left out.
	Nicknames func(ctx context.Context, q store.Queryer, ids []int64) (map[int64]string, error)
	// GroupNames are the names of the groups that exist; others are left out.
	GroupNames func(ctx context.Context, q store.Queryer, ids []int64) (map[int64]string, error)
	// Violations are the last violation logged from each hit that has one.
	Violations func(ctx context.Context, q store.Queryer, hits []HitKey) (map[HitKey]int64, error)
}

// UseOwners sets the functions listed hits are completed with.
func (s *Service) UseOwners(o Owners) { s.owners = o }

// complete fills in each listed hit's nickname, group name and violation.
func (o Owners) complete(ctx context.Context, q store.Queryer, ls []Listed) error {
	members, groups, hits := make([]int64, len(ls)), make([]int64, 0, len(ls)), make([]HitKey, len(ls))
	for i, l := range ls {
		members[i], hits[i] = l.MemberID, HitKey{EventID: l.EventID, WordID: l.Word.ID}
		if l.GroupID != 0 {
			groups = append(groups, l.GroupID)
		}
	}
	nicks, err := call(ctx, q, o.Nicknames, members)
	if err != nil {
		return err
	}
	names, err := call(ctx, q, o.GroupNames, groups)
	if err != nil {
		return err
	}
	violations, err := call(ctx, q, o.Violations, hits)
	for i := range ls {
		ls[i].Nickname, ls[i].Group = nicks[ls[i].MemberID], names[ls[i].GroupID]
		ls[i].Violation = violations[hits[i]]
	}
	return err
}

// call runs f over keys, none for no keys or no f.
func call[K comparable, V any](ctx context.Context, q store.Queryer, f func(context.Context, store.Queryer, []K) (map[K]V, error), keys []K) (map[K]V, error) {
	if f == nil || len(keys) == 0 {
		return map[K]V{}, nil
	}
	return f(ctx, q, keys)
}
