package groups

import (
	"context"

	"qunzhu/backend/errs"
)

// PlatformOf returns the platform of a group.
func PlatformOf(ctx context.Context, q Querier, id int64) (string, error) {
	var platform string
	err := q.QueryRowContext(ctx, `SELECT platform FROM groups WHERE id = ?`, id).Scan(&platform)
	return platform, errs.Wrap(err, "read the group's platform")
}
