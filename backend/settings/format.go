package settings

import (
	"context"
	"database/sql"
	"strconv"

	"qunzhu/backend/errs"
	"qunzhu/backend/store"
)

// Derived data stored in other tables (such as the members' search texts)
// is made by code that may change; the owner of that data records which
// version made it here and rebuilds it when the code is newer.

// FormatOf returns the version recorded for the derived data called name,
// 0 when none was recorded (data made before versions were kept).
func FormatOf(ctx context.Context, q store.Queryer, name string) (int, error) {
	var v string
	err := q.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, formatKey(name)).Scan(&v)
	if err == sql.ErrNoRows {
		return 0, nil
	}
	if err != nil {
		return 0, errs.Wrap(err, "read format of "+name)
	}
	n, _ := strconv.Atoi(v)
	return n, nil
}

// SetFormat records, inside the transaction that rebuilt it, the version
// that made the derived data called name.
func SetFormat(ctx context.Context, tx *sql.Tx, name string, version int) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO settings(key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, formatKey(name), strconv.Itoa(version))
	return errs.Wrap(err, "write format of "+name)
}

func formatKey(name string) string { return "format." + name }
