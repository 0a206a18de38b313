package groups

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// PlatformOf returns the platform of a group.
func PlatformOf(ctx context.Context, q store.Queryer, id int64) (string, error) {
	var platform string
	err := q.QueryRowContext(ctx, `SELECT platform FROM groups WHERE id = ?`, id).Scan(&platform)
	return platform, errs.Wrap(err, "read the group's platform")
}
