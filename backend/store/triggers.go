package store

import (
	"context"
	"database/sql"
	"strings"

	"qunzhu/backend/errs"
)

// WithoutTriggers runs fn in tx with the triggers on table dropped (every
// trigger when table is ""), and makes them again, in the same transaction:
// for bulk work the triggers would slow down or refuse. The triggers are
// the ones the embedded migrations make at the database's version, made
// from the migrations' text: SQL stored in the file is never run.
func WithoutTriggers(ctx context.Context, tx *sql.Tx, table string, fn func() error) error {
	ref, err := referenceOf(ctx, tx)
	if err != nil {
		return err
	}
	triggers := ref.triggers(table)
	for _, t := range triggers {
		if _, err := tx.ExecContext(ctx, `DROP TRIGGER IF EXISTS `+quoteName(t.Name)); err != nil {
			return errs.Wrap(err, "drop triggers")
		}
	}
	if err := fn(); err != nil {
		return err
	}
	for _, t := range triggers {
		if _, err := tx.ExecContext(ctx, t.SQL); err != nil {
			return errs.Wrap(err, "make trigger again")
		}
	}
	return nil
}

// quoteName quotes an identifier for SQL.
func quoteName(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}
