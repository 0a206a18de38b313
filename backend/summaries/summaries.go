// Package summaries keeps the per-day summaries and member sets the
// dashboard reads (migrations 0011 and 0012: per day counts and member
// sets, each member's last events, the tiers per scope), so that no report
// reads the events. Writers keep them in their own transaction with one
// call, Record, describing what they did: an import's events counted by a
// Tally, events stored and read back, members' events moved or deleted,
// tiers stored, or a rebuild. It names neither events nor memberships: the
// owner of events reads them for it (Events), and the owner of the tiers
// counts them (TiersStored).
package summaries

import (
	"context"
	"database/sql"
	"time"
)

// Change is what a writer did that the summaries follow.
type Change interface {
	record(ctx context.Context, tx *sql.Tx) error
}

// Record brings the summaries up to date with c in the writer's transaction.
func Record(ctx context.Context, tx *sql.Tx, c Change) error { return c.record(ctx, tx) }

// Stored is the events an import stored, counted by Tally as they went in;
// Events reads back the days it could not count alone.
type Stored struct {
	Tally  *Tally
	Events Events
}

func (c Stored) record(ctx context.Context, tx *sql.Tx) error {
	return c.Tally.write(ctx, tx, c.Events)
}

// Refreshed is events stored between From and To (inclusive): the whole
// days they touch are counted again from Events, with their sets, and each
// member's last event moved on.
type Refreshed struct {
	From, To time.Time
	Events   Events
}

func (c Refreshed) record(ctx context.Context, tx *sql.Tx) error {
	return refresh(ctx, tx, c.Events, c.From, c.To)
}

// Moved is Move moving or deleting the events of Members (a merge, its undo,
// the trash's purge): the days those members' events fell on, before and
// after, are counted again, their last events read again, and they are
// moved in those days' sets.
type Moved struct {
	Members []int64
	Move    func() error
	Events  Events
}

func (c Moved) record(ctx context.Context, tx *sql.Tx) error {
	return recount(ctx, tx, c.Events, c.Members, c.Move)
}

// TiersStored is a re-scoring's tiers, counted per scope.
type TiersStored struct{ Counts []TierCount }

func (c TiersStored) record(ctx context.Context, tx *sql.Tx) error {
	return storeTiers(ctx, tx, c.Counts)
}

// Rebuilt counts the summaries again from every event and marks them built.
type Rebuilt struct{ Events Events }

func (c Rebuilt) record(ctx context.Context, tx *sql.Tx) error { return rebuild(ctx, tx, c.Events) }
