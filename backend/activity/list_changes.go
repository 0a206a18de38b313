package activity

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/tiers"
)

// recordListChanges writes a list_changes row, on now's date, for each
// member whose KOC or slipping-away flag results change from the stored
// one: 'in' when set, 'out' when cleared (members no longer scored leave
// their lists). Run before the stored tiers are replaced; only the flagged
// members are read, only the changed ones written.
func recordListChanges(ctx context.Context, tx *sql.Tx, results []tiers.Result, now time.Time) error {
	old, err := storedFlags(ctx, tx)
	if err != nil {
		return err
	}
	day := now.Format(time.DateOnly)
	var args []any
	add := func(list string, id int64, in bool) {
		change := "out"
		if in {
			change = "in"
		}
		args = append(args, list, id, day, change)
	}
	for i := range results {
		r := &results[i]
		was := old[r.MemberID]
		delete(old, r.MemberID)
		if was.koc != r.KOC {
			add(ListKOC, r.MemberID, r.KOC)
		}
		if was.slipping != r.Slipping {
			add(ListSlipping, r.MemberID, r.Slipping)
		}
	}
	for id, was := range old {
		if was.koc {
			add(ListKOC, id, false)
		}
		if was.slipping {
			add(ListSlipping, id, false)
		}
	}
	return insertListChanges(ctx, tx, args)
}

type flags struct{ koc, slipping bool }

// storedFlags reads the members flagged by the last re-scoring.
func storedFlags(ctx context.Context, tx *sql.Tx) (map[int64]flags, error) {
	stored, err := members.FlaggedTiers(ctx, tx)
	out := make(map[int64]flags, len(stored))
	for id, f := range stored {
		out[id] = flags{koc: f.KOC, slipping: f.Slipping}
	}
	return out, err
}

// listChunk is how many list changes one insert writes.
const listChunk = 200

func insertListChanges(ctx context.Context, tx *sql.Tx, args []any) error {
	for start := 0; start < len(args); start += 4 * listChunk {
		part := args[start:min(start+4*listChunk, len(args))]
		q := `INSERT INTO list_changes (list, member_id, day, change) VALUES (?,?,?,?)` +
			strings.Repeat(",(?,?,?,?)", len(part)/4-1)
		if _, err := tx.ExecContext(ctx, q, part...); err != nil {
			return errs.Wrap(err, "record list changes")
		}
	}
	return nil
}

// Listed is a member who entered or left a list.
type Listed struct {
	MemberID int64
	Nickname string
}

// ListChanges are who entered and who left a list of a group in a period
// (at most MaxFlagged names each, the counts whole). Known is false when
// no record reaches back to the period's start (a database from before the
// lists were recorded): the changes are then not known and left empty.
type ListChanges struct {
	Known                   bool
	Since                   string // the day the record starts from ('' the beginning)
	Entered, Left           []Listed
	EnteredCount, LeftCount int
}

// ListChanges reads who entered and left list (ListKOC or ListSlipping)
// among the group's members on the days from to to inclusive: a member
// whose first change in the period and last one are both 'in' entered,
// both 'out' left (in and out again is no change).
func (s *Service) ListChanges(ctx context.Context, groupID int64, list string, from, to time.Time) (ListChanges, error) {
	out := ListChanges{Entered: []Listed{}, Left: []Listed{}}
	if list != ListKOC && list != ListSlipping {
		return out, errs.New(errs.Invalid, "err.internal", nil)
	}
	first, last := from.Format(time.DateOnly), to.Format(time.DateOnly)
	err := s.db.Read().QueryRowContext(ctx, `SELECT coalesce(max(day), '') FROM list_changes_since`).Scan(&out.Since)
	if err != nil {
		return out, errs.Wrap(err, "read list changes")
	}
	if out.Known = out.Since < first; !out.Known {
		return out, nil
	}
	rows, err := s.db.Read().QueryContext(ctx, `WITH span AS (
			SELECT member_id, min(id) AS first, max(id) AS last FROM list_changes
			WHERE list = ?1 AND day >= ?2 AND day <= ?3 GROUP BY member_id)
		SELECT m.id, m.nickname, l.change FROM span s
		JOIN list_changes f ON f.id = s.first JOIN list_changes l ON l.id = s.last
		JOIN (`+members.LiveInGroupSQL("?4")+`) m ON m.id = s.member_id
		WHERE f.change = l.change
		ORDER BY m.id`, list, first, last, groupID)
	if err != nil {
		return out, errs.Wrap(err, "read list changes")
	}
	defer rows.Close()
	for rows.Next() {
		var l Listed
		var change string
		if err := rows.Scan(&l.MemberID, &l.Nickname, &change); err != nil {
			return out, errs.Wrap(err, "read list changes")
		}
		names, count := &out.Entered, &out.EnteredCount
		if change == "out" {
			names, count = &out.Left, &out.LeftCount
		}
		if *count++; len(*names) < MaxFlagged {
			*names = append(*names, l)
		}
	}
	return out, errs.Wrap(rows.Err(), "read list changes")
}
