package members

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/fold"
)

type timeValue = time.Time

// snapshotTables are the rows a merge changes, by member.
var snapshotTables = []struct{ table, where string }{
	{"members", "id = ?"},
	{"identities", "member_id = ?"},
	{"member_tags", "member_id = ?"},
	{"memberships", "member_id = ?"},
}

func takeSnapshot(ctx context.Context, tx *sql.Tx, id int64) (snapshot, error) {
	var all [][]map[string]any
	for _, t := range snapshotTables {
		rows, err := selectMaps(ctx, tx, `SELECT * FROM `+t.table+` WHERE `+t.where, id)
		if err != nil {
			return snapshot{}, err
		}
		all = append(all, rows)
	}
	return snapshot{Member: all[0][0], Identities: all[1], Tags: all[2], Memberships: all[3]}, nil
}

func selectMaps(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]map[string]any, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, errs.Wrap(err, "snapshot")
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	out := []map[string]any{}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, errs.Wrap(err, "snapshot")
		}
		m := map[string]any{}
		for i, c := range cols {
			m[c] = vals[i]
		}
		out = append(out, m)
	}
	return out, errs.Wrap(rows.Err(), "snapshot")
}

// undoMerge puts both members back exactly as they were.
func undoMerge(ctx context.Context, tx *sql.Tx, ev EventHook, undoID int64, payload string) ([]int64, error) {
	var snaps []snapshot
	if err := json.Unmarshal([]byte(payload), &snaps); err != nil {
		return nil, errs.Wrap(err, "read merge")
	}
	merged := make([]int64, len(snaps))
	for i, sn := range snaps {
		merged[i] = int64(sn.Member["id"].(float64))
	}
	if err := restoreEvents(ctx, tx, ev, undoID, merged); err != nil {
		return nil, errs.Wrap(err, "undo merge")
	}
	var ids []int64
	for _, sn := range snaps {
		id := int64(sn.Member["id"].(float64))
		ids = append(ids, id)
		if _, err := tx.ExecContext(ctx, `DELETE FROM members WHERE id = ?`, id); err != nil {
			return nil, errs.Wrap(err, "undo merge")
		}
	}
	for _, sn := range snaps {
		rederiveKeys(sn.Member)
		if err := insertMaps(ctx, tx, "members", []map[string]any{sn.Member}); err != nil {
			return nil, err
		}
		for table, rows := range map[string][]map[string]any{"identities": sn.Identities, "member_tags": sn.Tags, "memberships": sn.Memberships} {
			if err := insertMaps(ctx, tx, table, rows); err != nil {
				return nil, err
			}
		}
	}
	return ids, nil
}

func insertMaps(ctx context.Context, tx *sql.Tx, table string, rows []map[string]any) error {
	for _, r := range rows {
		cols := make([]string, 0, len(r))
		args := make([]any, 0, len(r))
		for c, v := range r {
			cols = append(cols, c)
			args = append(args, jsonValue(v))
		}
		q := `INSERT OR REPLACE INTO ` + table + ` (` + strings.Join(cols, ", ") + `) VALUES (` + marks(len(cols)) + `)`
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return errs.Wrap(err, "undo merge: "+table)
		}
	}
	return nil
}

// jsonValue turns JSON numbers back into integers (every numeric column is one).
func jsonValue(v any) any {
	if f, ok := v.(float64); ok {
		return int64(f)
	}
	return v
}

// rederiveKeys sets a snapshot's name keys from its nickname: a merge
// recorded before schema 13 has no exact name key, and an older likeness.
func rederiveKeys(member map[string]any) {
	nick, _ := member["nickname"].(string)
	member["name_key"], member["nick_key"] = fold.Name(nick), fold.Likeness(nick)
}
