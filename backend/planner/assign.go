package planner

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
)

// AssignItems gives every item of a group to an admin.
func (s *Service) AssignItems(ctx context.Context, groupID, adminID int64) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE planner_items SET owner_id = ? WHERE group_id = ?`, adminID, groupID)
		return errs.Wrap(err, "own items")
	})
}
