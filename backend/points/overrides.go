package points

import (
	"context"
	"database/sql"
	"encoding/json"

	"qunzhu/backend/errs"
)

// Overrides returns every group's override of the workspace's rules.
func (s *Service) Overrides(ctx context.Context) (map[int64]Override, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT group_id, value FROM points_overrides`)
	if err != nil {
		return nil, errs.Wrap(err, "read points overrides")
	}
	defer rows.Close()
	out := map[int64]Override{}
	for rows.Next() {
		var g int64
		var raw string
		if err := rows.Scan(&g, &raw); err != nil {
			return nil, errs.Wrap(err, "read points overrides")
		}
		var o Override
		_ = json.Unmarshal([]byte(raw), &o) // a damaged override follows the workspace
		out[g] = o
	}
	return out, errs.Wrap(rows.Err(), "read points overrides")
}

// SaveOverride stores a group's override (an empty one removes it),
// checking the rules the group ends up with.
func (s *Service) SaveOverride(ctx context.Context, group int64, o Override) error {
	ws, err := s.Rules(ctx)
	if err != nil {
		return err
	}
	if err := o.Over(ws).Validate(); err != nil {
		return err
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if group == 0 {
			return errs.New(errs.NotFound, "err.group.not_found", errs.Params{"ID": group})
		}
		if err := groupExists(ctx, tx, group); err != nil {
			return err
		}
		if o.Empty() {
			_, err := tx.ExecContext(ctx, `DELETE FROM points_overrides WHERE group_id = ?`, group)
			return errs.Wrap(err, "save points override")
		}
		raw, _ := json.Marshal(o)
		_, err := tx.ExecContext(ctx, `INSERT INTO points_overrides (group_id, value) VALUES (?, ?)
			ON CONFLICT(group_id) DO UPDATE SET value = excluded.value`, group, string(raw))
		return errs.Wrap(err, "save points override")
	})
}
