package badges

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"slices"
	"strings"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// key names a badge a member holds in a group.
type key struct {
	member, group int64
	badge         string
}

// replaceRuleBadges makes the stored rule badges exactly earned: it drops
// those no longer earned, stores the new ones and moves the changed days,
// leaving the unchanged rows alone (after an import most are) and a hand
// award or a taken-back badge of the same member, group and badge as it is.
func (s *Service) replaceRuleBadges(ctx context.Context, tx *sql.Tx, earned []Earned) error {
	stored, err := storedRuleBadges(ctx, tx)
	if err != nil {
		return err
	}
	var changed []Earned
	for _, e := range earned {
		k, day := key{e.MemberID, e.GroupID, e.Badge}, e.On.Format(dateLayout)
		if was, ok := stored[k]; ok && was == day {
			delete(stored, k)
			continue
		}
		delete(stored, k)
		changed = append(changed, e)
	}
	if err := dropRuleBadges(ctx, tx, stored); err != nil {
		return err
	}
	return putRuleBadges(ctx, tx, changed, store.Stamp(s.now()), s.records.Members.Existing)
}

// storedRuleBadges reads the rule badges stored, with their days.
func storedRuleBadges(ctx context.Context, tx *sql.Tx) (map[key]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT member_id, group_id, badge, earned_on FROM member_badges WHERE source = 'rule'`)
	if err != nil {
		return nil, errs.Wrap(err, "read rule badges")
	}
	defer rows.Close()
	out := map[key]string{}
	for rows.Next() {
		var k key
		var day string
		if err := rows.Scan(&k.member, &k.group, &k.badge, &day); err != nil {
			return nil, errs.Wrap(err, "scan rule badge")
		}
		out[k] = day
	}
	return out, errs.Wrap(rows.Err(), "read rule badges")
}

// batchRows is how many badges one statement writes: rows go as JSON arrays
// one statement reads, since one call per row costs more than the writing.
const batchRows = 20000

func dropRuleBadges(ctx context.Context, tx *sql.Tx, gone map[key]string) error {
	rows := make([][3]any, 0, len(gone))
	for k := range gone {
		rows = append(rows, [3]any{k.member, k.group, k.badge})
	}
	return inBatches(ctx, len(rows), func(from, to int) error {
		b, _ := json.Marshal(rows[from:to])
		_, err := tx.ExecContext(ctx, `DELETE FROM member_badges WHERE source = 'rule' AND (member_id, group_id, badge) IN
			(SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2 FROM json_each(?) j)`, string(b))
		return errs.Wrap(err, "drop rule badges")
	})
}

// putRuleBadges stores new rule badges, in key order, and moves the day of
// those stored before; a hand or taken-back row is left as it is. Badges
// of members that no longer exist (existing tells) are not stored.
func putRuleBadges(ctx context.Context, tx *sql.Tx, earned []Earned, stamp string, existing existingFunc) error {
	slices.SortFunc(earned, func(a, b Earned) int {
		return cmp.Or(cmp.Compare(a.MemberID, b.MemberID), cmp.Compare(a.GroupID, b.GroupID), strings.Compare(a.Badge, b.Badge))
	})
	return inBatches(ctx, len(earned), func(from, to int) error {
		known, err := membersOf(ctx, tx, earned[from:to], existing)
		if err != nil {
			return err
		}
		rows := make([][4]any, 0, to-from)
		for _, e := range earned[from:to] {
			if known[e.MemberID] {
				rows = append(rows, [4]any{e.MemberID, e.GroupID, e.Badge, e.On.Format(dateLayout)})
			}
		}
		b, _ := json.Marshal(rows)
		_, err = tx.ExecContext(ctx, `INSERT INTO member_badges (member_id, group_id, badge, earned_on, source, changed_at)
			SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, 'rule', ?2 FROM json_each(?1) j
			WHERE true
			ON CONFLICT DO UPDATE SET earned_on = excluded.earned_on, changed_at = excluded.changed_at WHERE source = 'rule'`,
			string(b), stamp)
		return errs.Wrap(err, "store rule badges")
	})
}

// existingFunc is the set of the ids that name a member (Members.Existing).
type existingFunc = func(ctx context.Context, tx *sql.Tx, ids []int64) (map[int64]bool, error)

// membersOf is the set of the badges' members that exist (all of them
// when existing is not wired); earned is in member order.
func membersOf(ctx context.Context, tx *sql.Tx, earned []Earned, existing existingFunc) (map[int64]bool, error) {
	ids := make([]int64, 0, len(earned))
	for i, e := range earned {
		if i == 0 || e.MemberID != earned[i-1].MemberID {
			ids = append(ids, e.MemberID)
		}
	}
	if existing == nil {
		all := make(map[int64]bool, len(ids))
		for _, id := range ids {
			all[id] = true
		}
		return all, nil
	}
	return existing(ctx, tx, ids)
}

// inBatches calls write on [from, to) slices of n rows, batchRows at a time,
// and stops when ctx is cancelled.
func inBatches(ctx context.Context, n int, write func(from, to int) error) error {
	for from := 0; from < n; from += batchRows {
		if ctx.Err() != nil {
			return errs.ErrCancelled
		}
		if err := write(from, min(from+batchRows, n)); err != nil {
			return err
		}
	}
	return nil
}
