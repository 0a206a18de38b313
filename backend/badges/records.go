package badges

import (
	"context"
	"database/sql"
)

// Records are the other owners' read models the rules evaluate over:
// activity's events and list history, the tier engine's scorings
// (members) and the polls. Those owners sit above badges (members imports
// badges for its filter), so the composition root wires them (UseRecords,
// see package badges/sources); a rule whose records are not wired earns
// nothing.
type Records struct {
	// CheckinDays hands each check-in once a group (0: none), member and
	// wall day (unix seconds / 86400), ordered by group, member, day.
	CheckinDays func(ctx context.Context, each func(group, member, day int64)) error
	// FirstSpoken hands each member's first message in each group (0:
	// none), in unix seconds of wall time.
	FirstSpoken func(ctx context.Context, each func(group, member, at int64)) error
	// FirstEntries is the first day (YYYY-MM-DD) each member entered a
	// list ("koc"), from the list's history.
	FirstEntries func(ctx context.Context, list string) (map[int64]string, error)
	// KOCScoredAt is when the scoring ran (a UTC stamp) for each member
	// the tier engine flags as a KOC; ScoredAt is the same for any of ids
	// it scored.
	KOCScoredAt func(ctx context.Context) (map[int64]string, error)
	ScoredAt    func(ctx context.Context, ids []int64) (map[int64]string, error)
	// ClosedPolls lists the named polls of a group closed at or after
	// since (a UTC stamp); VotedInAll the members with a named ballot in
	// each of the polls.
	ClosedPolls func(ctx context.Context, since string) ([]ClosedPoll, error)
	VotedInAll  func(ctx context.Context, ids []int64) ([]int64, error)
	// Members are the lookups of members the lists and writes make.
	Members Members
}

// ClosedPoll is a closed poll of a group and when it closed (a UTC stamp).
type ClosedPoll struct {
	ID, GroupID int64
	ClosedAt    string
}

// UseRecords makes the rules read r.
func (s *Service) UseRecords(r Records) { s.records = r }

// Members is what badges reads of the members (members owns them and
// imports badges, so these are wired as the Records are).
type Members struct {
	// Live says whether the member exists and is not in the trash, inside
	// the caller's transaction.
	Live func(ctx context.Context, tx *sql.Tx, id int64) (bool, error)
	// Existing is the set of the ids that name a member, inside the
	// caller's transaction.
	Existing func(ctx context.Context, tx *sql.Tx, ids []int64) (map[int64]bool, error)
	// Trashed lists the members in the trash.
	Trashed func(ctx context.Context) ([]int64, error)
	// Labels names the members with the ids.
	Labels func(ctx context.Context, ids []int64) (map[int64]MemberLabel, error)
}

// MemberLabel is how a holder is shown and sorted.
type MemberLabel struct {
	Nickname string
	NickSort string // sorts the nicknames as Chinese readers expect
	Trashed  bool
}
