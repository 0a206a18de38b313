package settings

import (
	"context"
	"database/sql"
	"strings"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Marked says whether every one of keys is stored (whatever its value):
// marks that a one-time piece of work was done.
func Marked(ctx context.Context, q store.Queryer, keys ...string) (bool, error) {
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = k
	}
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM settings WHERE key IN (`+
		strings.TrimSuffix(strings.Repeat("?, ", len(keys)), ", ")+`)`, args...).Scan(&n)
	return n >= len(keys), errs.Wrap(err, "read marks")
}

// Mark stores keys with the value '1', inside the transaction that did the
// work they mark.
func Mark(ctx context.Context, tx *sql.Tx, keys ...string) error {
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = k
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES `+
		strings.TrimSuffix(strings.Repeat("(?, '1'), ", len(keys)), ", ")+` ON CONFLICT(key) DO UPDATE SET value = '1'`, args...)
	return errs.Wrap(err, "write marks")
}
