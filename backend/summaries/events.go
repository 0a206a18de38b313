package summaries

import (
	"context"
	"database/sql"
)

// Events reads the events the summaries count, in the writer's
// transaction. Package activity, the owner of events, implements it. A
// scope is a group's id, or 0 for all groups: every event counts in scope 0
// and, when it has a group, in its group's.
type Events interface {
	// All calls each for every event, in time order.
	All(ctx context.Context, tx *sql.Tx, each func(Event) error) error
	// Between calls each for the events at or after start and before end
	// (unix seconds), in any order.
	Between(ctx context.Context, tx *sql.Tx, start, end int64, each func(Event) error) error
	// Days calls each for the counts of every scope's day of the events of
	// [start, end).
	Days(ctx context.Context, tx *sql.Tx, start, end int64, each func(DayCount) error) error
	// Lasts calls each for every scope's member with events in
	// [start, end): its last spoken event and its last event there.
	Lasts(ctx context.Context, tx *sql.Tx, start, end int64, each func(Last) error) error
	// MemberDays calls each for every day and group (0: none) a member's
	// events fall on, saying whether one of them speaks.
	MemberDays(ctx context.Context, tx *sql.Tx, member int64, each func(day, group int64, spoke bool) error) error
	// MemberLasts calls each for every scope of a member's events: its
	// last spoken event and its last event there.
	MemberLasts(ctx context.Context, tx *sql.Tx, member int64, each func(Last) error) error
	// MemberScopes lists the scopes a member's last events may be kept in:
	// 0, every group, and the groups of its events.
	MemberScopes(ctx context.Context, tx *sql.Tx, member int64) ([]int64, error)
}

// Event is one event as the summaries count it: when (unix seconds), its
// group (0: none), its member, and whether it speaks (kpi.SpokenKinds).
type Event struct {
	At, Group, Member int64
	Spoken            bool
}

// DayCount is one scope's day: its messages (spoken events), all events,
// and the distinct members who spoke and who did anything.
type DayCount struct {
	Scope, Day                          int64
	Messages, Events, Speakers, Reached int64
}

// Last is a member's last events in a scope (unix seconds): the last
// spoken one (-1: none) and the last of any kind.
type Last struct {
	Scope, Member int64
	Spoke, Seen   int64
}
