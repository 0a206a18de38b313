package workspace

import (
	"context"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/planner"
	"qunzhu/backend/polls"
	"qunzhu/backend/store"
)

// PlannerOwners are the owners' functions the planner reads and writes
// their tables through: it sits below members, groups, activity and polls,
// so it cannot import them.
func PlannerOwners() planner.Owners {
	return planner.Owners{
		SetRole: members.SetRole,
		GroupNames: func(ctx context.Context, q store.Queryer, ids []int64) (map[int64]string, error) {
			return groups.NamesByID(ctx, q, ids)
		},
		GroupExists: func(ctx context.Context, q store.Queryer, id int64) (bool, error) { return groups.Exists(ctx, q, id) },
		People:      plannerPeople,
		KOCs:        plannerKOCs,
		Checkins:    plannerCheckins,
		PollOptions: func(ctx context.Context, q store.Queryer, id int64) ([]string, error) {
			return polls.OptionsOf(ctx, q, id)
		},
	}
}

func plannerPeople(ctx context.Context, q store.Queryer, ids []int64) (map[int64]planner.Person, error) {
	labels, err := members.LabelsByID(ctx, q, ids)
	out := make(map[int64]planner.Person, len(labels))
	for id, l := range labels {
		out[id] = planner.Person{Nickname: l.Nickname, Live: !l.Trashed}
	}
	return out, err
}

func plannerKOCs(ctx context.Context, q store.Queryer, group int64, except []int64, limit int) ([]planner.Candidate, error) {
	kocs, err := members.KOCs(ctx, q, group, except, limit)
	out := make([]planner.Candidate, len(kocs))
	for i, k := range kocs {
		out[i] = planner.Candidate{MemberID: k.MemberID, Nickname: k.Nickname, Tier: k.Tier, GroupID: k.GroupID}
	}
	return out, err
}

func plannerCheckins(ctx context.Context, q store.Queryer, group int64, from, to time.Time) ([]planner.Standing, error) {
	days, err := activity.CheckinDaysIn(ctx, q, group, from, to)
	out := make([]planner.Standing, len(days))
	for i, d := range days {
		out[i] = planner.Standing{MemberID: d.MemberID, Days: d.Days, Checkins: d.Checkins}
	}
	return out, err
}
