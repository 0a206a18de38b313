package store

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
)

// WithoutTriggers runs fn in tx with the triggers on table dropped (every
// trigger when table is ""), and makes them again as they were, in the same
// transaction: for bulk work the triggers would slow down or refuse.
func WithoutTriggers(ctx context.Context, tx *sql.Tx, table string, fn func() error) error {
	rows, err := tx.QueryContext(ctx, `SELECT name, sql FROM sqlite_master WHERE type = 'trigger'
		AND (?1 = '' OR tbl_name = ?1) ORDER BY rowid`, table)
	if err != nil {
		return errs.Wrap(err, "list triggers")
	}
	var names, defs []string
	for rows.Next() {
		var name, def string
		if err = rows.Scan(&name, &def); err != nil {
			break
		}
		names, defs = append(names, name), append(defs, def)
	}
	rows.Close()
	if err == nil {
		err = rows.Err()
	}
	for _, name := range names {
		if err == nil {
			_, err = tx.ExecContext(ctx, `DROP TRIGGER "`+name+`"`)
		}
	}
	if err != nil {
		return errs.Wrap(err, "drop triggers")
	}
	if err := fn(); err != nil {
		return err
	}
	for _, def := range defs {
		if _, err := tx.ExecContext(ctx, def); err != nil {
			return errs.Wrap(err, "make trigger again")
		}
	}
	return nil
}
