package memberimport_test

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

// floorTable is the table the driver's floor fills: the file's columns and
// a platform, the id unique per platform (identities), and the secondary
// indexes a member import keeps: the name (members_nick: likeness, platform,
// exact name), the sort key (members_nick_sort), follow date and level.
const floorTable = `CREATE TABLE fans(platform TEXT NOT NULL, uid TEXT NOT NULL, nickname TEXT NOT NULL, days INTEGER,
	level INTEGER, iron TEXT, tags TEXT, UNIQUE(platform, uid));
	CREATE INDEX fans_name ON fans(nickname, platform); CREATE INDEX fans_sort ON fans(nickname);
	CREATE INDEX fans_days ON fans(days); CREATE INDEX fans_level ON fans(level);`

// floorChunk rows go in one execution of the floor's one prepared statement.
const floorChunk = 200

// driverFloor times what the pure-Go SQLite driver alone needs to store the
// file's rows, already parsed, into floorTable: WAL and synchronous=NORMAL
// as the app runs, one transaction, one prepared statement of floorChunk
// rows. It is the floor under any import through this driver.
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
	if len(rows)%floorChunk != 0 {
		b.Fatalf("%d rows: not a multiple of %d", len(rows), floorChunk)
	}
	db, err := sql.Open("sqlite", filepath.Join(dir, "floor-"+time.Now().Format("150405.000000000")+".db")+
		"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=temp_store(memory)&_pragma=cache_size(-65536)")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(floorTable); err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	tx, err := db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	st, err := tx.Prepare("INSERT INTO fans VALUES (?,?,?,?,?,?,?)" + strings.Repeat(",(?,?,?,?,?,?,?)", floorChunk-1))
	if err != nil {
		b.Fatal(err)
	}
	args := make([]any, 0, 7*floorChunk)
	for i := 0; i < len(rows); i += floorChunk {
		args = args[:0]
		for _, r := range rows[i : i+floorChunk] {
			args = append(args, "douyin", r[1], r[0], r[2], r[3], r[4], r[5])
		}
		if _, err := st.Exec(args...); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}
