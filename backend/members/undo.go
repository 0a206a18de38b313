package members

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// undoSQL puts back what each action changed, from its undo items.
var undoSQL = map[string][]string{
	ActionAddTags: {`DELETE FROM member_tags WHERE EXISTS (SELECT 1 FROM undo_items u
		WHERE u.undo_id = ?1 AND u.member_id = member_tags.member_id AND u.a = member_tags.tag_id)`},
	ActionRemoveTags: {`INSERT OR IGNORE INTO member_tags(member_id, tag_id)
		SELECT u.member_id, u.a FROM undo_items u JOIN members m ON m.id = u.member_id WHERE u.undo_id = ?1`},
	ActionAddToGroup: {
		`DELETE FROM memberships WHERE EXISTS (SELECT 1 FROM undo_items u WHERE u.undo_id = ?1
			AND u.member_id = memberships.member_id AND u.a = memberships.group_id AND u.b IS NULL)`,
		`UPDATE memberships SET role = u.b, status = u.c FROM undo_items u WHERE u.undo_id = ?1
			AND u.member_id = memberships.member_id AND u.a = memberships.group_id AND u.b IS NOT NULL`,
	},
	ActionSetRole: {`UPDATE memberships SET role = u.b FROM undo_items u WHERE u.undo_id = ?1
		AND u.member_id = memberships.member_id AND u.a = memberships.group_id`},
	ActionTrash:   {`UPDATE members SET deleted_at = NULL WHERE id IN (SELECT member_id FROM undo_items WHERE undo_id = ?1)`},
	ActionRestore: {`UPDATE members SET deleted_at = u.b FROM undo_items u WHERE u.undo_id = ?1 AND u.member_id = members.id`},
}

// Undo reverts a bulk action or a merge, once; it returns how many members
// it touched.
func (s *Service) Undo(ctx context.Context, id int64) (int, error) {
	var ids []int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		action, payload, err := openUndo(ctx, tx, id)
		if err != nil {
			return err
		}
		if action == actionMerge {
			var ev EventHook
			if ev, err = s.eventHook(); err == nil {
				ids, err = undoMerge(ctx, tx, ev, id, payload)
			}
		} else {
			ids, err = undoBulk(ctx, tx, id, action)
		}
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE undo_log SET undone_at = ? WHERE id = ?`, store.Stamp(s.now()), id)
		return errs.Wrap(err, "close undo")
	})
	if err == nil {
		s.refreshIndex(ctx, ids)
	}
	return len(ids), err
}

func openUndo(ctx context.Context, tx *sql.Tx, id int64) (string, string, error) {
	var action, payload string
	var undone sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT action, payload, undone_at FROM undo_log WHERE id = ?`, id).Scan(&action, &payload, &undone)
	if err == sql.ErrNoRows {
		return "", "", errs.New(errs.NotFound, "err.undo.not_found", errs.Params{"ID": id})
	}
	if err != nil {
		return "", "", errs.Wrap(err, "open undo")
	}
	if undone.Valid {
		return "", "", errs.New(errs.Conflict, "err.undo.done", nil)
	}
	return action, payload, nil
}

func undoBulk(ctx context.Context, tx *sql.Tx, id int64, action string) ([]int64, error) {
	for _, q := range undoSQL[action] {
		if _, err := tx.ExecContext(ctx, q, id); err != nil {
			return nil, errs.Wrap(err, "undo "+action)
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT member_id FROM undo_items WHERE undo_id = ?`, id)
	if err != nil {
		return nil, errs.Wrap(err, "undo "+action)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var m int64
		if err := rows.Scan(&m); err != nil {
			return nil, errs.Wrap(err, "undo "+action)
		}
		ids = append(ids, m)
	}
	return ids, errs.Wrap(rows.Err(), "undo "+action)
}
