package imports_test

import (
	"database/sql"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite"
)

// driverFloor times what the pure-Go SQLite driver alone needs for the
// sqlite3 shell's job: the same rows, already parsed, inserted into the same
// equivalent table in one transaction with 200-row statements. It is the
// floor under any import through this driver, printed for reference.
func driverFloor(b *testing.B, dir, file string) time.Duration {
	raw, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(string(raw))).ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	rows = rows[1:]
	db, err := sql.Open("sqlite", filepath.Join(dir, "floor-"+time.Now().Format("150405.000000000")+".db")+
		"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=temp_store(memory)")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(equivalentTable); err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	tx, err := db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	const chunk = 200
	for i := 0; i < len(rows); i += chunk {
		part := rows[i:min(i+chunk, len(rows))]
		args := make([]any, 0, 6*len(part))
		for _, r := range part {
			args = append(args, r[0], r[1], r[2], r[3], r[4], r[5])
		}
		q := "INSERT INTO fans VALUES (?,?,?,?,?,?)" + strings.Repeat(",(?,?,?,?,?,?)", len(part)-1)
		if _, err := tx.Exec(q, args...); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}
