package settings

import (
	"context"
	"database/sql"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// RawValue is the text stored under key by a feature that keeps its own
// settings as one value (often JSON); ok is false when none is stored.
func RawValue(ctx context.Context, q store.Queryer, key string) (value string, ok bool, err error) {
	err = q.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&value)
	if err == sql.ErrNoRows {
		return "", false, nil
	}
	return value, err == nil, errs.Wrap(err, "read setting "+key)
}

// PutRaw stores value under key, inside the caller's transaction.
func PutRaw(ctx context.Context, tx *sql.Tx, key, value string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, value)
	return errs.Wrap(err, "write setting "+key)
}
