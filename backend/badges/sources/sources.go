// Package sources wires the badges' rules to the owners of what they read
// (activity, members, polls), which sit above badges in the import graph:
// the composition root and the tests call For.
package sources

import (
	"context"
	"database/sql"

	"qunzhu/backend/activity"
	"qunzhu/backend/badges"
	"qunzhu/backend/members"
	"qunzhu/backend/polls"
	"qunzhu/backend/store"
)

// For is the owners' read models on db, as the badges' rules read them.
func For(db *store.DB) badges.Records {
	return badges.Records{
		CheckinDays: func(ctx context.Context, each func(group, member, day int64)) error {
			return activity.EachCheckinDay(ctx, db.Read(), each)
		},
		FirstSpoken: func(ctx context.Context, each func(group, member, at int64)) error {
			return activity.EachFirstSpoken(ctx, db.Read(), each)
		},
		FirstEntries: func(ctx context.Context, list string) (map[int64]string, error) {
			return activity.FirstEntries(ctx, db.Read(), list)
		},
		KOCScoredAt: func(ctx context.Context) (map[int64]string, error) { return members.KOCScoredAt(ctx, db.Read()) },
		ScoredAt: func(ctx context.Context, ids []int64) (map[int64]string, error) {
			return members.ScoredAt(ctx, db.Read(), ids)
		},
		ClosedPolls: func(ctx context.Context, since string) ([]badges.ClosedPoll, error) {
			return closedPolls(ctx, db, since)
		},
		VotedInAll: func(ctx context.Context, ids []int64) ([]int64, error) { return polls.VotedInAll(ctx, db.Read(), ids) },
		Members:    membersOf(db),
	}
}

// membersOf is the members' lookups on db.
func membersOf(db *store.DB) badges.Members {
	return badges.Members{
		Live: func(ctx context.Context, tx *sql.Tx, id int64) (bool, error) { return members.IsLive(ctx, tx, id) },
		Existing: func(ctx context.Context, tx *sql.Tx, ids []int64) (map[int64]bool, error) {
			return members.Existing(ctx, tx, ids)
		},
		Trashed: func(ctx context.Context) ([]int64, error) { return members.TrashedIDs(ctx, db.Read()) },
		Labels: func(ctx context.Context, ids []int64) (map[int64]badges.MemberLabel, error) {
			ls, err := members.LabelsByID(ctx, db.Read(), ids)
			out := make(map[int64]badges.MemberLabel, len(ls))
			for id, l := range ls {
				out[id] = badges.MemberLabel{Nickname: l.Nickname, NickSort: l.NickSort, Trashed: l.Trashed}
			}
			return out, err
		},
	}
}

func closedPolls(ctx context.Context, db *store.DB, since string) ([]badges.ClosedPoll, error) {
	ps, err := polls.ClosedNamedSince(ctx, db.Read(), since)
	out := make([]badges.ClosedPoll, len(ps))
	for i, p := range ps {
		out[i] = badges.ClosedPoll{ID: p.ID, GroupID: p.GroupID, ClosedAt: p.ClosedAt}
	}
	return out, err
}
