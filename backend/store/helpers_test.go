package store_test

import (
	"database/sql"
	"strconv"
	"testing"
)

func scalar(t *testing.T, db *sql.DB, q string) string {
	t.Helper()
	var v sql.NullString
	if err := db.QueryRow(q).Scan(&v); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return v.String
}

func itoa(n int) string { return strconv.Itoa(n) }
