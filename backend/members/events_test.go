package members

import (
	"context"
	"database/sql"
	"encoding/json"

	"qunzhu/backend/store"
)

// sqlEvents acts on the events straight, for the package's own tests (which
// cannot import activity, the owner of events, whose Log does it in the
// application, the summaries with them).
type sqlEvents struct{}

func (sqlEvents) IDs(ctx context.Context, tx *sql.Tx, member int64) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM events WHERE member_id = ?`, member)
	if err != nil {
		return nil, err
	}
	out := []int64{}
	err = store.EachRow(rows, "read members", func(rows *sql.Rows) error {
		var id int64
		err := rows.Scan(&id)
		out = append(out, id)
		return err
	})
	return out, err
}

func (sqlEvents) Move(ctx context.Context, tx *sql.Tx, from, to int64) error {
	_, err := tx.ExecContext(ctx, `UPDATE events SET member_id = ? WHERE member_id = ?`, to, from)
	return err
}

func (sqlEvents) Restore(ctx context.Context, tx *sql.Tx, _ []int64, owners map[int64][]int64) error {
	for owner, ids := range owners {
		b, _ := json.Marshal(ids)
		if _, err := tx.ExecContext(ctx, `UPDATE events SET member_id = ? WHERE id IN (SELECT value FROM json_each(?))`,
			owner, string(b)); err != nil {
			return err
		}
	}
	return nil
}

func (sqlEvents) Delete(ctx context.Context, tx *sql.Tx, members []int64) error {
	b, _ := json.Marshal(members)
	_, err := tx.ExecContext(ctx, `DELETE FROM events WHERE member_id IN (SELECT value FROM json_each(?))`, string(b))
	return err
}
