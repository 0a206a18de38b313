package members

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Imports of other kinds (activity) are logged in the same table as the
// member imports; these are their writes and reads.

// StartImport logs an import of kind begun at created (a stamp), its file
// and counts to come (FinishImport), and returns its id.
func StartImport(ctx context.Context, tx *sql.Tx, kind, created string) (int64, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO imports (kind, file_name, file_hash, created_at)
		VALUES (?, '', '', ?)`, kind, created)
	if err != nil {
		return 0, errs.Wrap(err, "record import")
	}
	return res.LastInsertId()
}

// FinishImport records an import's file, its counts and details (JSON).
func FinishImport(ctx context.Context, tx *sql.Tx, id int64, name, hash string, added, skipped int, details string) error {
	_, err := tx.ExecContext(ctx, `UPDATE imports SET file_name = ?, file_hash = ?, added = ?, skipped = ?,
		details = ? WHERE id = ?`, name, hash, added, skipped, details, id)
	return errs.Wrap(err, "record import")
}

// LoggedImport is one logged import as stored.
type LoggedImport struct {
	ID                 int64
	FileName           string
	Added              int
	Details, CreatedAt string // JSON, stamp
}

// ImportLog lists the imports of kind, newest first, at most limit.
func ImportLog(ctx context.Context, q store.Queryer, kind string, limit int) ([]LoggedImport, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, file_name, added, details, created_at FROM imports
		WHERE kind = ? ORDER BY id DESC LIMIT ?`, kind, limit)
	if err != nil {
		return nil, errs.Wrap(err, "import log")
	}
	out := []LoggedImport{}
	err = store.EachRow(rows, "read members", func(rows *sql.Rows) error {
		var l LoggedImport
		err := rows.Scan(&l.ID, &l.FileName, &l.Added, &l.Details, &l.CreatedAt)
		out = append(out, l)
		return err
	})
	return out, errs.Wrap(err, "import log")
}
