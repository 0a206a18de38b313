package summaries

import (
	"context"
	"database/sql"
	"math"

	"github.com/RoaringBitmap/roaring/v2"

	"qunzhu/backend/errs"
)

// daySets are the members of one scope's day (dashboard_daysets, migration
// 0012): who spoke and who did anything. Member ids are rowids, far below
// 2^32; a database holding a larger one counts past periods from the events.
type daySets struct{ spoke, seen *roaring.Bitmap }

func newDaySets() *daySets { return &daySets{spoke: roaring.New(), seen: roaring.New()} }

// inSets says whether a member id fits in the sets.
func inSets(id int64) bool { return id >= 0 && id <= math.MaxUint32 }

// add puts a member's event in the sets.
func (s *daySets) add(member int64, spoke bool) {
	if !inSets(member) {
		return
	}
	s.seen.Add(uint32(member))
	if spoke {
		s.spoke.Add(uint32(member))
	}
}

// setsOf gathers events into per scope and day sets.
type setsOf map[scopeDay]*daySets

func (m setsOf) at(scope, day int64) *daySets {
	s := m[scopeDay{scope, day}]
	if s == nil {
		s = newDaySets()
		m[scopeDay{scope, day}] = s
	}
	return s
}

// add counts an event in its day's sets: its group's and all groups' (0).
func (m setsOf) add(group, day, member int64, spoke bool) {
	m.at(0, day).add(member, spoke)
	if group != 0 {
		m.at(group, day).add(member, spoke)
	}
}

// setsHead upserts days' sets.
const setsHead = `INSERT INTO dashboard_daysets (scope, day, spoke, seen) VALUES `

// storeSets writes the sets, replacing those stored; a day left empty is
// deleted.
func storeSets(ctx context.Context, tx *sql.Tx, sets setsOf) error {
	var args []any
	for k, s := range sets {
		if s.seen.IsEmpty() {
			if _, err := tx.ExecContext(ctx, `DELETE FROM dashboard_daysets WHERE scope = ? AND day = ?`,
				k.scope, k.day); err != nil {
				return errs.Wrap(err, "store dashboard sets")
			}
			continue
		}
		spoke, err := encodeSet(s.spoke)
		if err != nil {
			return err
		}
		seen, err := encodeSet(s.seen)
		if err != nil {
			return err
		}
		args = append(args, k.scope, k.day, spoke, seen)
		if len(args) >= 4*50 {
			if err := upsertSets(ctx, tx, args); err != nil {
				return err
			}
			args = args[:0]
		}
	}
	return upsertSets(ctx, tx, args)
}

func upsertSets(ctx context.Context, tx *sql.Tx, args []any) error {
	return insertRows(ctx, tx, setsHead, ` ON CONFLICT (scope, day) DO UPDATE SET spoke = excluded.spoke,
		seen = excluded.seen`, 4, args)
}

func encodeSet(b *roaring.Bitmap) ([]byte, error) {
	b.RunOptimize()
	out, err := b.ToBytes()
	return out, errs.Wrap(err, "store dashboard sets")
}

// decodeSet reads a stored set, copying it out of data.
func decodeSet(data []byte) (*roaring.Bitmap, error) {
	b := roaring.New()
	return b, errs.Wrap(b.UnmarshalBinary(data), "dashboard sets")
}

// refreshSets counts the sets of the days of [start, end) again from their
// events.
func refreshSets(ctx context.Context, tx *sql.Tx, src Events, start, end int64) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM dashboard_daysets WHERE day >= ? AND day < ?`,
		start/86400, end/86400); err != nil {
		return errs.Wrap(err, "refresh dashboard sets")
	}
	sets := setsOf{}
	err := src.Between(ctx, tx, start, end, func(e Event) error {
		sets.add(e.Group, e.At/86400, e.Member, e.Spoken)
		return nil
	})
	if err != nil {
		return errs.Wrap(err, "refresh dashboard sets")
	}
	return storeSets(ctx, tx, sets)
}

// memberDay is a member's events of one scope's day: spoke says one spoke.
type memberDay struct {
	scopeDay
	member int64
	spoke  bool
}

// memberDays lists the scopes' days of the members' events.
func memberDays(ctx context.Context, tx *sql.Tx, src Events, members []int64) ([]memberDay, error) {
	var out []memberDay
	for _, id := range members {
		err := src.MemberDays(ctx, tx, id, func(d, group int64, spoke bool) error {
			out = append(out, memberDay{scopeDay{0, d}, id, spoke})
			if group != 0 {
				out = append(out, memberDay{scopeDay{group, d}, id, spoke})
			}
			return nil
		})
		if err != nil {
			return nil, errs.Wrap(err, "recount dashboard")
		}
	}
	return out, nil
}

// moveSets brings the sets of the days the members' events fell on
// (before) up to date with where they fall now (after): the members are
// taken out of those days' sets and put back where they have events.
func moveSets(ctx context.Context, tx *sql.Tx, members []int64, before, after []memberDay) error {
	sets := setsOf{}
	for _, md := range append(before, after...) {
		if sets[md.scopeDay] != nil {
			continue
		}
		s, err := loadSets(ctx, tx, md.scopeDay)
		if err != nil {
			return err
		}
		for _, id := range members {
			if inSets(id) {
				s.spoke.Remove(uint32(id))
				s.seen.Remove(uint32(id))
			}
		}
		sets[md.scopeDay] = s
	}
	for _, md := range after {
		sets[md.scopeDay].add(md.member, md.spoke)
	}
	return storeSets(ctx, tx, sets)
}

// loadSets reads one scope's day's sets (empty when none are stored).
func loadSets(ctx context.Context, tx *sql.Tx, k scopeDay) (*daySets, error) {
	var spoke, seen []byte
	err := tx.QueryRowContext(ctx, `SELECT spoke, seen FROM dashboard_daysets WHERE scope = ? AND day = ?`,
		k.scope, k.day).Scan(&spoke, &seen)
	if err == sql.ErrNoRows {
		return newDaySets(), nil
	}
	if err != nil {
		return nil, errs.Wrap(err, "recount dashboard")
	}
	s := &daySets{}
	if s.spoke, err = decodeSet(spoke); err == nil {
		s.seen, err = decodeSet(seen)
	}
	return s, err
}
