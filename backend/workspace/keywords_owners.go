package workspace

import (
	"context"

	"qunzhu/backend/groups"
	"qunzhu/backend/keywords"
	"qunzhu/backend/members"
	"qunzhu/backend/planner"
	"qunzhu/backend/store"
)

// KeywordsOwners are the owners' functions a listed keyword hit is
// completed with: keywords sits below members, groups and the planner.
func KeywordsOwners() keywords.Owners {
	return keywords.Owners{
		Nicknames: func(ctx context.Context, q store.Queryer, ids []int64) (map[int64]string, error) {
			labels, err := members.LabelsByID(ctx, q, ids)
			out := make(map[int64]string, len(labels))
			for id, l := range labels {
				out[id] = l.Nickname
			}
			return out, err
		},
		GroupNames: func(ctx context.Context, q store.Queryer, ids []int64) (map[int64]string, error) {
			return groups.NamesByID(ctx, q, ids)
		},
		Violations: planner.LastViolations,
	}
}
