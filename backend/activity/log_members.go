package activity

import (
	"context"
	"database/sql"
	"encoding/json"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
	"qunzhu/backend/summaries"
)

var _ members.EventHook = Log{}

// IDs lists the ids of a member's events.
func (Log) IDs(ctx context.Context, tx *sql.Tx, member int64) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM events WHERE member_id = ?`, member)
	if err != nil {
		return nil, errs.Wrap(err, "event ids")
	}
	out := []int64{}
	err = store.EachRow(rows, "event ids", func(rows *sql.Rows) error {
		var id int64
		err := rows.Scan(&id)
		out = append(out, id)
		return err
	})
	return out, err
}

// Move gives the events of from to to (a merge), the summaries with them.
func (l Log) Move(ctx context.Context, tx *sql.Tx, from, to int64) error {
	return summaries.Record(ctx, tx, summaries.Moved{Members: []int64{to, from}, Events: l, Move: func() error {
		_, err := tx.ExecContext(ctx, `UPDATE events SET member_id = ? WHERE member_id = ?`, to, from)
		return errs.Wrap(err, "move events")
	}})
}

// Restore gives events back to their owners (member id → event ids; an
// undone merge), the summaries with them.
func (l Log) Restore(ctx context.Context, tx *sql.Tx, members []int64, owners map[int64][]int64) error {
	return summaries.Record(ctx, tx, summaries.Moved{Members: members, Events: l, Move: func() error {
		for owner, ids := range owners {
			b, _ := json.Marshal(ids)
			if _, err := tx.ExecContext(ctx, `UPDATE events SET member_id = ?
				WHERE id IN (SELECT value FROM json_each(?))`, owner, string(b)); err != nil {
				return errs.Wrap(err, "restore events")
			}
		}
		return nil
	}})
}

// Delete deletes the events of members (the trash's purge), the summaries
// with them.
func (l Log) Delete(ctx context.Context, tx *sql.Tx, members []int64) error {
	return summaries.Record(ctx, tx, summaries.Moved{Members: members, Events: l, Move: func() error {
		b, _ := json.Marshal(members)
		_, err := tx.ExecContext(ctx, `DELETE FROM events WHERE member_id IN (SELECT value FROM json_each(?))`, string(b))
		return errs.Wrap(err, "delete events")
	}})
}
