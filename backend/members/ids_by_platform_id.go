package members

import (
	"context"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// IDsByPlatformID maps every member's main platform id to the member (of
// members sharing one, the last read wins).
func IDsByPlatformID(ctx context.Context, q store.Queryer) (map[string]int64, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, platform_id FROM members`)
	if err != nil {
		return nil, errs.Wrap(err, "read member ids")
	}
	defer rows.Close()
	ids := map[string]int64{}
	for rows.Next() {
		var id int64
		var pid string
		if err := rows.Scan(&id, &pid); err != nil {
			return nil, errs.Wrap(err, "scan member id")
		}
		ids[pid] = id
	}
	return ids, errs.Wrap(rows.Err(), "read member ids")
}
