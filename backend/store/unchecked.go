package store

import (
	"context"
	"database/sql"
	"database/sql/driver"

	"qunzhu/backend/errs"
)

// TxUnchecked is Tx with SQLite's foreign-key checks off, for bulk writes
// that only insert rows referring to rows they inserted or checked
// themselves (a member import). With the checks on, SQLite journals every
// multi-row statement and, for each row such a statement inserts into a
// table others refer to, searches every referring table. The checks come
// back on before the connection serves anyone else.
func (db *DB) TxUnchecked(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if ctx.Err() != nil {
		return errs.ErrCancelled
	}
	conn, err := db.write.Conn(ctx) // the one writer, held to the end
	if err != nil {
		return errs.Wrap(err, "begin")
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
		return errs.Wrap(err, "begin")
	}
	defer checkAgain(conn)
	return runTx(ctx, func() (*sql.Tx, error) { return conn.BeginTx(ctx, nil) }, fn)
}

// checkAgain turns the foreign-key checks back on, or drops the connection
// from the pool when it cannot.
func checkAgain(conn *sql.Conn) {
	if _, err := conn.ExecContext(context.Background(), `PRAGMA foreign_keys = ON`); err != nil {
		_ = conn.Raw(func(any) error { return driver.ErrBadConn })
	}
}
