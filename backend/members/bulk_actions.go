package members

import (
	"qunzhu/backend/errs"
)

// apply runs the action over temp.sel and returns how many members changed.
func (b *bulk) apply(r BulkRequest) (int, error) {
	var err error
	switch r.Action {
	case ActionAddTags:
		err = b.addTags(r.Tags)
	case ActionRemoveTags:
		err = b.removeTags(r.Tags)
	case ActionAddToGroup:
		err = b.addToGroup(r.GroupID, r.Role)
	case ActionSetRole:
		err = b.setRole(r.GroupID, r.Role)
	case ActionTrash:
		err = b.trash()
	case ActionRestore:
		err = b.restore()
	}
	if err != nil {
		return 0, err
	}
	return b.count()
}

func (b *bulk) tagID(name string) (int64, error) {
	if err := b.exec(`INSERT OR IGNORE INTO tags(name) VALUES (?)`, name); err != nil {
		return 0, err
	}
	var id int64
	err := b.tx.QueryRowContext(b.ctx, `SELECT id FROM tags WHERE name = ?`, name).Scan(&id)
	return id, errs.Wrap(err, "find tag")
}

func (b *bulk) addTags(tags []string) error {
	for _, name := range tags {
		tid, err := b.tagID(name)
		if err != nil {
			return err
		}
		if err := b.exec(`INSERT INTO undo_items(undo_id, member_id, a) SELECT ?, s.id, ? FROM temp.sel s
			WHERE NOT EXISTS (SELECT 1 FROM member_tags WHERE member_id = s.id AND tag_id = ?)`, b.undo, tid, tid); err != nil {
			return err
		}
		if err := b.exec(`INSERT OR IGNORE INTO member_tags(member_id, tag_id) SELECT id, ? FROM temp.sel`, tid); err != nil {
			return err
		}
	}
	return nil
}

func (b *bulk) removeTags(tags []string) error {
	for _, name := range tags {
		if err := b.exec(`INSERT INTO undo_items(undo_id, member_id, a) SELECT ?, mt.member_id, mt.tag_id
			FROM member_tags mt JOIN tags t ON t.id = mt.tag_id JOIN temp.sel s ON s.id = mt.member_id
			WHERE t.name = ?`, b.undo, name); err != nil {
			return err
		}
		if err := b.exec(`DELETE FROM member_tags WHERE tag_id = (SELECT id FROM tags WHERE name = ?)
			AND member_id IN (SELECT id FROM temp.sel)`, name); err != nil {
			return err
		}
	}
	return nil
}

// addToGroup records new memberships (b NULL) and the role/status of
// existing ones, then makes everyone a joined member with the role.
func (b *bulk) addToGroup(group int64, role string) error {
	if err := b.exec(`INSERT INTO undo_items(undo_id, member_id, a, b, c)
		SELECT ?, s.id, ?, ms.role, ms.status FROM temp.sel s
		LEFT JOIN memberships ms ON ms.group_id = ? AND ms.member_id = s.id`, b.undo, group, group); err != nil {
		return err
	}
	return b.exec(`INSERT INTO memberships(group_id, member_id, role, status, joined_at)
		SELECT ?, id, ?, 'joined', ? FROM temp.sel WHERE true
		ON CONFLICT(group_id, member_id) DO UPDATE SET role = excluded.role, status = 'joined', left_at = NULL,
			joined_at = coalesce(memberships.joined_at, excluded.joined_at)`, group, role, b.now[:10])
}

func (b *bulk) setRole(group int64, role string) error {
	if err := b.exec(`INSERT INTO undo_items(undo_id, member_id, a, b, c)
		SELECT ?, ms.member_id, ms.group_id, ms.role, ms.status FROM memberships ms
		JOIN temp.sel s ON s.id = ms.member_id WHERE ms.group_id = ? AND ms.role <> ?`, b.undo, group, role); err != nil {
		return err
	}
	return b.exec(`UPDATE memberships SET role = ? WHERE group_id = ? AND member_id IN (SELECT id FROM temp.sel)`, role, group)
}

func (b *bulk) trash() error {
	if err := b.exec(`INSERT INTO undo_items(undo_id, member_id) SELECT ?, m.id FROM members m
		JOIN temp.sel s ON s.id = m.id WHERE m.deleted_at IS NULL`, b.undo); err != nil {
		return err
	}
	return b.exec(`UPDATE members SET deleted_at = ?, updated_at = ? WHERE id IN (SELECT id FROM temp.sel)
		AND deleted_at IS NULL`, b.now, b.now)
}

func (b *bulk) restore() error {
	if err := b.exec(`INSERT INTO undo_items(undo_id, member_id, b) SELECT ?, m.id, m.deleted_at FROM members m
		JOIN temp.sel s ON s.id = m.id WHERE m.deleted_at IS NOT NULL`, b.undo); err != nil {
		return err
	}
	return b.exec(`UPDATE members SET deleted_at = NULL, updated_at = ? WHERE id IN (SELECT id FROM temp.sel)
		AND deleted_at IS NOT NULL`, b.now)
}
