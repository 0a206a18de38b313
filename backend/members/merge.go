package members

import (
	"context"
	"database/sql"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

const actionMerge = "merge"

// snapshot is a member's rows as they were before a merge.
type snapshot struct {
	Member      map[string]any   `json:"member"`
	Identities  []map[string]any `json:"identities"`
	Tags        []map[string]any `json:"tags"`
	Memberships []map[string]any `json:"memberships"`
}

// Merge folds other into keep: identities, tags and groups of both, the
// larger numbers, the earlier follow date, both notes; other is removed.
// Everything is recorded so the merge can be undone.
func (s *Service) Merge(ctx context.Context, keep, other int64) (Member, int64, error) {
	if keep == other {
		return Member{}, 0, errs.New(errs.Invalid, "err.merge.same", nil)
	}
	var undoID int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		a, err := getMember(ctx, tx, keep)
		if err != nil {
			return err
		}
		b, err := getMember(ctx, tx, other)
		if err != nil {
			return err
		}
		if undoID, err = recordMerge(ctx, tx, keep, other, s.now()); err != nil {
			return err
		}
		ev, err := s.eventHook()
		if err != nil {
			return err
		}
		if err := moveEvents(ctx, tx, ev, undoID, keep, other); err != nil {
			return err
		}
		return s.fold(ctx, tx, a, b)
	})
	if err != nil {
		return Member{}, 0, err
	}
	s.refreshIndex(ctx, []int64{keep, other})
	m, err := s.Get(ctx, keep)
	return m, undoID, err
}

// fold writes the merged member and moves other's rows onto keep.
func (s *Service) fold(ctx context.Context, tx *sql.Tx, a, b Member) error {
	in := mergedInput(a, b)
	w, err := newWriter(ctx, tx, s.now())
	if err != nil {
		return err
	}
	defer w.close()
	stmts := []string{
		`UPDATE OR IGNORE identities SET member_id = ?1 WHERE member_id = ?2`,
		`INSERT OR IGNORE INTO member_tags(member_id, tag_id) SELECT ?1, tag_id FROM member_tags WHERE member_id = ?2`,
		`INSERT INTO memberships(group_id, member_id, role, status, joined_at, left_at)
			SELECT group_id, ?1, role, status, joined_at, left_at FROM memberships WHERE member_id = ?2 AND true
			ON CONFLICT(group_id, member_id) DO UPDATE SET
				joined_at = min(coalesce(memberships.joined_at, excluded.joined_at), coalesce(excluded.joined_at, memberships.joined_at)),
				role = CASE WHEN ` + seniority("excluded.role") + ` < ` + seniority("memberships.role") + ` THEN excluded.role ELSE memberships.role END`,
		`DELETE FROM members WHERE id = ?2`,
	}
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q, a.ID, b.ID); err != nil {
			return errs.Wrap(err, "merge")
		}
	}
	return w.update(a.ID, in)
}

// seniority ranks a role column: owner 0 ... member 4.
func seniority(col string) string {
	return "(CASE " + col + " WHEN 'owner' THEN 0 WHEN 'lead' THEN 1 WHEN 'coordinator' THEN 2 WHEN 'admin' THEN 3 ELSE 4 END)"
}

// mergedInput keeps a's fields, filling gaps from b and keeping the larger
// (or longer-standing) values.
func mergedInput(a, b Member) Input {
	in := a.Input
	if in.Remark == "" {
		in.Remark = b.Remark
	}
	in.FanLevel = max(a.FanLevel, b.FanLevel)
	in.IronFan = a.IronFan || b.IronFan
	if b.FollowSince != nil && (in.FollowSince == nil || b.FollowSince.Before(*in.FollowSince)) {
		in.FollowSince = b.FollowSince
	}
	if b.Notes != "" && b.Notes != a.Notes {
		in.Notes = joinNotes(a.Notes, b.Notes)
	}
	in.Tags = CleanTags(append(append([]string{}, a.Tags...), b.Tags...))
	return in
}

func joinNotes(a, b string) string {
	if a == "" {
		return b
	}
	out := a + "\n\n" + b
	if r := []rune(out); len(r) > MaxNotes {
		out = string(r[:MaxNotes])
	}
	return out
}

func recordMerge(ctx context.Context, tx *sql.Tx, keep, other int64, now timeValue) (int64, error) {
	snaps := []snapshot{}
	for _, id := range []int64{keep, other} {
		sn, err := takeSnapshot(ctx, tx, id)
		if err != nil {
			return 0, err
		}
		snaps = append(snaps, sn)
	}
	payload, _ := json.Marshal(snaps)
	res, err := tx.ExecContext(ctx, `INSERT INTO undo_log(action, payload, created_at) VALUES (?, ?, ?)`,
		actionMerge, string(payload), store.Stamp(now))
	if err != nil {
		return 0, errs.Wrap(err, "record merge")
	}
	return res.LastInsertId()
}
