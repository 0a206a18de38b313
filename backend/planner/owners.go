package planner

import (
	"context"
	"time"

	"qunzhu/backend/store"
)

// Owners are the functions of the packages that own tables the planner
// reads or writes (members, groups, activity, polls). They sit above the
// planner (groups imports it), so the composition root passes them in:
// workspace.PlannerOwners.
type Owners struct {
	// SetRole is members.SetRole.
	SetRole RoleSetter
	// GroupNames names the groups that exist; others are left out.
	GroupNames func(ctx context.Context, q store.Queryer, ids []int64) (map[int64]string, error)
	// GroupExists reports whether a group exists, archived or not.
	GroupExists func(ctx context.Context, q store.Queryer, id int64) (bool, error)
	// People are the members that exist, deleted or not; others are left out.
	People func(ctx context.Context, q store.Queryer, ids []int64) (map[int64]Person, error)
	// KOCs lists up to limit live KOC members, most frequent first, but
	// those in except; with group set, only those who joined it. GroupName
	// is left empty.
	KOCs func(ctx context.Context, q store.Queryer, group int64, except []int64, limit int) ([]Candidate, error)
	// Checkins counts each member's check-in days and check-ins in group
	// over [from, to), in no order; Nickname is left empty.
	Checkins func(ctx context.Context, q store.Queryer, group int64, from, to time.Time) ([]Standing, error)
	// PollOptions are a poll's option labels in order.
	PollOptions func(ctx context.Context, q store.Queryer, pollID int64) ([]string, error)
}

// Person is a member as the planner shows one.
type Person struct {
	Nickname string
	Live     bool // not in the trash
}

// groupNames names the groups of ids.
func (s *Service) groupNames(ctx context.Context, q store.Queryer, ids []int64) (map[int64]string, error) {
	if len(ids) == 0 {
		return map[int64]string{}, nil
	}
	return s.owners.GroupNames(ctx, q, ids)
}

// people finds the members of ids.
func (s *Service) people(ctx context.Context, q store.Queryer, ids []int64) (map[int64]Person, error) {
	if len(ids) == 0 {
		return map[int64]Person{}, nil
	}
	return s.owners.People(ctx, q, ids)
}
