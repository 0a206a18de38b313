package summaries

import (
	"context"
	"database/sql"
	"slices"
	"strings"

	"qunzhu/backend/errs"
	"qunzhu/backend/kpi"
)

// isSpoken is kpi.SpokenKinds as a set, for the tally.
var isSpoken = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range kpi.SpokenKinds {
		m[k] = true
	}
	return m
}()

// Tally counts an import's events as they are stored, so the import writes
// its days' summaries without reading a million events back. Chat exports
// come in time order; when one does not (several chats in a file, comment
// exports), or a day already had events, or a chunk held events stored
// before, those days are counted again from the events, as Refreshed does.
// Record a Stored change with it in the import's transaction.
type Tally struct {
	scopes  []int64
	days    map[scopeDay]*tallyDay
	members map[scopeMember]*tallyMember
	cur     []*tallyDay // the scopes' days of curDay, spared a lookup
	curDay  int64
	first   int64 // earliest and latest day seen; -1 none
	latest  int64
	ordered bool
	dirty   map[int64]bool
	queued  []int64 // days of the events since the last Stored
}

type scopeDay struct{ scope, day int64 }
type scopeMember struct{ scope, member int64 }
type tallyDay struct {
	messages, events, speakers, reached int64
	sets                                daySets // the members counted in speakers and reached
}

// tallyMember is a member in a scope: the last days it was counted as
// reached and as a speaker, and its last events (-1: none).
type tallyMember struct{ reachDay, spokeDay, spoke, any int64 }

// NewTally counts for all groups and, when group is not 0, for that group.
func NewTally(group int64) *Tally {
	t := &Tally{scopes: []int64{0}, days: map[scopeDay]*tallyDay{}, members: map[scopeMember]*tallyMember{},
		curDay: -1, first: -1, latest: -1, ordered: true, dirty: map[int64]bool{}}
	if group != 0 {
		t.scopes = append(t.scopes, group)
	}
	t.cur = make([]*tallyDay, len(t.scopes))
	return t
}

// Add counts one event queued for storing.
func (t *Tally) Add(member, at int64, kind string) {
	d := at / 86400
	if at < 0 || d < t.latest {
		t.ordered = false
	}
	if t.first < 0 || d < t.first {
		t.first = d
	}
	t.latest = max(t.latest, d)
	t.queued = append(t.queued, d)
	if d != t.curDay {
		t.turn(d)
	}
	spoke := isSpoken[kind]
	for i, scope := range t.scopes {
		t.count(t.cur[i], scopeMember{scope, member}, d, at, spoke)
	}
}

// turn makes day d the current one.
func (t *Tally) turn(d int64) {
	t.curDay = d
	for i, scope := range t.scopes {
		c := t.days[scopeDay{scope, d}]
		if c == nil {
			c = &tallyDay{sets: *newDaySets()}
			t.days[scopeDay{scope, d}] = c
		}
		t.cur[i] = c
	}
}

func (t *Tally) count(c *tallyDay, sm scopeMember, d, at int64, spoke bool) {
	m := t.members[sm]
	if m == nil {
		m = &tallyMember{reachDay: -1, spokeDay: -1, spoke: -1, any: -1}
		t.members[sm] = m
	}
	c.events++
	if m.reachDay != d {
		m.reachDay = d
		c.reached++
		if inSets(sm.member) {
			c.sets.seen.Add(uint32(sm.member))
		}
	}
	m.any = max(m.any, at)
	if !spoke {
		return
	}
	c.messages++
	m.spoke = max(m.spoke, at)
	if m.spokeDay != d {
		m.spokeDay = d
		c.speakers++
		if inSets(sm.member) {
			c.sets.spoke.Add(uint32(sm.member))
		}
	}
}

// Stored says how many of the events added since the last call were new:
// fewer than all, and their days are counted again from the events.
func (t *Tally) Stored(n, stored int) {
	if stored < n {
		for _, d := range t.queued {
			t.dirty[d] = true
		}
	}
	t.queued = t.queued[:0]
}

// write stores the summaries of the import's days in its transaction,
// reading back from src the days it could not count alone.
func (t *Tally) write(ctx context.Context, tx *sql.Tx, src Events) error {
	if t.first < 0 {
		return nil
	}
	if !t.ordered { // counted per member in time order only: count the range again
		return refresh(ctx, tx, src, dayTime(t.first), dayTime(t.latest))
	}
	if err := t.markStoredDays(ctx, tx); err != nil {
		return err
	}
	if err := t.storeDays(ctx, tx); err != nil {
		return err
	}
	if err := t.insertSets(ctx, tx); err != nil {
		return err
	}
	if err := t.storeLast(ctx, tx); err != nil {
		return err
	}
	for _, r := range ranges(t.dirty) {
		if err := refresh(ctx, tx, src, dayTime(r[0]), dayTime(r[1])); err != nil {
			return err
		}
	}
	return nil
}

// markStoredDays marks the days that had events before this import.
func (t *Tally) markStoredDays(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT day FROM dashboard_days WHERE scope = 0 AND day >= ? AND day <= ?`,
		t.first, t.latest)
	if err != nil {
		return errs.Wrap(err, "dashboard days")
	}
	defer rows.Close()
	for rows.Next() {
		var d int64
		if err := rows.Scan(&d); err != nil {
			return errs.Wrap(err, "dashboard days")
		}
		t.dirty[d] = true
	}
	return errs.Wrap(rows.Err(), "dashboard days")
}

func (t *Tally) storeDays(ctx context.Context, tx *sql.Tx) error {
	var args []any
	for sd, c := range t.days {
		if !t.dirty[sd.day] {
			args = append(args, sd.scope, sd.day, c.messages, c.events, c.speakers, c.reached)
		}
	}
	return insertDays(ctx, tx, args)
}

// insertSets stores the sets of the days that had no events before.
func (t *Tally) insertSets(ctx context.Context, tx *sql.Tx) error {
	sets := setsOf{}
	for sd, c := range t.days {
		if !t.dirty[sd.day] && !c.sets.seen.IsEmpty() {
			sets[sd] = &c.sets
		}
	}
	return storeSets(ctx, tx, sets)
}

func (t *Tally) storeLast(ctx context.Context, tx *sql.Tx) error {
	args := make([]any, 0, 4*len(t.members))
	for sm, m := range t.members {
		args = append(args, sm.scope, sm.member, m.spoke, m.any)
	}
	return upsertLast(ctx, tx, args)
}

// insertRows runs head VALUES (...), ... tail over args, width columns a
// row, 200 rows a statement.
func insertRows(ctx context.Context, tx *sql.Tx, head, tail string, width int, args []any) error {
	row := "(" + strings.TrimSuffix(strings.Repeat("?,", width), ",") + ")"
	for len(args) > 0 {
		n := min(len(args)/width, 200)
		q := head + row + strings.Repeat(","+row, n-1) + tail
		if _, err := tx.ExecContext(ctx, q, args[:n*width]...); err != nil {
			return errs.Wrap(err, "store dashboard summaries")
		}
		args = args[n*width:]
	}
	return nil
}

// ranges turns a set of days into sorted runs [first, last].
func ranges(days map[int64]bool) [][2]int64 {
	sorted := make([]int64, 0, len(days))
	for d := range days {
		sorted = append(sorted, d)
	}
	slices.Sort(sorted)
	var out [][2]int64
	for _, d := range sorted {
		if n := len(out); n > 0 && out[n-1][1] == d-1 {
			out[n-1][1] = d
		} else {
			out = append(out, [2]int64{d, d})
		}
	}
	return out
}
