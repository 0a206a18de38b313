package store

import (
	"database/sql"

	"qunzhu/backend/errs"
)

// EachRow calls scan for every row, then closes rows; an error is wrapped
// with what (the read it belongs to).
func EachRow(rows *sql.Rows, what string, scan func(*sql.Rows) error) error {
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return errs.Wrap(err, what)
		}
	}
	return errs.Wrap(rows.Err(), what)
}
