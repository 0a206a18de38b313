package members

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"time"

	"modernc.org/sqlite"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/store"
)

func asSQLite(err error, target **sqlite.Error) bool { return err != nil && errors.As(err, target) }

// TagCount is a tag and how many live members carry it.
type TagCount struct {
	Name  string
	Count int
}

// Tags lists every tag in use, most used first.
func (s *Service) Tags(ctx context.Context) ([]TagCount, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT t.name, count(m.id) FROM tags t
		JOIN member_tags mt ON mt.tag_id = t.id JOIN members m ON m.id = mt.member_id AND m.deleted_at IS NULL
		GROUP BY t.id ORDER BY count(m.id) DESC, t.name`)
	if err != nil {
		return nil, errs.Wrap(err, "list tags")
	}
	defer rows.Close()
	out := []TagCount{}
	for rows.Next() {
		var t TagCount
		if err := rows.Scan(&t.Name, &t.Count); err != nil {
			return nil, errs.Wrap(err, "list tags")
		}
		out = append(out, t)
	}
	return out, errs.Wrap(rows.Err(), "list tags")
}

// AddIdentity gives a member another id on a platform.
func (s *Service) AddIdentity(ctx context.Context, id int64, ident Identity) (Member, error) {
	fe := errs.Fields{}
	if !slices.Contains(groups.Platforms, ident.Platform) {
		fe.Add("platform", "err.group.platform", nil)
	}
	if ident.PlatformID == "" {
		fe.Add("platformId", "err.field.required", nil)
	}
	maxLen(fe, "platformId", ident.PlatformID, MaxPlatformID)
	if err := fe.Err(); err != nil {
		return Member{}, err
	}
	err := s.write(ctx, func(w *writer) error {
		if _, err := getMember(ctx, w.tx, id); err != nil {
			return err
		}
		if err := w.checkIdentityFree(ident.Platform, ident.PlatformID, id); err != nil {
			return err
		}
		return w.addIdentity(id, ident.Platform, ident.PlatformID)
	})
	return s.after(ctx, id, err)
}

// RemoveIdentity takes an id away from a member (not its main one).
func (s *Service) RemoveIdentity(ctx context.Context, id int64, ident Identity) (Member, error) {
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		m, err := getMember(ctx, tx, id)
		if err != nil {
			return err
		}
		if m.Platform == ident.Platform && m.PlatformID == ident.PlatformID {
			return errs.New(errs.Conflict, "err.member.main_identity", nil)
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM identities WHERE member_id = ? AND platform = ? AND platform_id = ?`,
			id, ident.Platform, ident.PlatformID)
		return errs.Wrap(err, "remove identity")
	})
	return s.after(ctx, id, err)
}

// SetMembership adds the member to a group or changes its role and status.
func (s *Service) SetMembership(ctx context.Context, id int64, m Membership) (Member, error) {
	if m.JoinedAt == nil && m.Status == "joined" {
		today := dateOnly(s.now())
		m.JoinedAt = &today
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := getMember(ctx, tx, id); err != nil {
			return err
		}
		if err := checkGroup(ctx, tx, m.GroupID); err != nil {
			return err
		}
		return putMembership(ctx, tx, id, m)
	})
	return s.after(ctx, id, err)
}

// RemoveMembership takes the member out of a group's list altogether.
func (s *Service) RemoveMembership(ctx context.Context, id, group int64) (Member, error) {
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM memberships WHERE member_id = ? AND group_id = ?`, id, group)
		return errs.Wrap(err, "remove membership")
	})
	return s.after(ctx, id, err)
}

func (s *Service) after(ctx context.Context, id int64, err error) (Member, error) {
	if err != nil {
		return Member{}, err
	}
	return s.Get(ctx, id)
}

// TrashDays is how long trashed members stay restorable.
const TrashDays = 30

// PurgeTrash deletes members trashed more than TrashDays ago, for good.
func (s *Service) PurgeTrash(ctx context.Context) (int, error) {
	cutoff := store.Stamp(s.now().Add(-TrashDays * 24 * time.Hour))
	var n int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		ev, err := s.eventHook()
		if err != nil {
			return err
		}
		if err := purgeEvents(ctx, tx, ev, cutoff); err != nil {
			return errs.Wrap(err, "purge trash")
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM members WHERE deleted_at IS NOT NULL AND deleted_at < ?`, cutoff)
		if err != nil {
			return errs.Wrap(err, "purge trash")
		}
		n, _ = res.RowsAffected()
		return nil
	})
	return int(n), err
}

// purgeEvents deletes the events of members trashed before cutoff, the
// summaries with them.
func purgeEvents(ctx context.Context, tx *sql.Tx, ev EventHook, cutoff string) error {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM members WHERE deleted_at IS NOT NULL AND deleted_at < ?`, cutoff)
	if err != nil {
		return err
	}
	var ids []int64
	err = store.EachRow(rows, "read members", func(rows *sql.Rows) error {
		var id int64
		err := rows.Scan(&id)
		ids = append(ids, id)
		return err
	})
	if err != nil {
		return err
	}
	return ev.Delete(ctx, tx, ids)
}
