package imports_test

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/imports"
	"qunzhu/backend/members"
	"qunzhu/backend/storetest"
)

// writeCSV writes n fan rows as a Douyin-style export.
func writeCSV(b *testing.B, dir string, n int) string {
	r := rand.New(rand.NewSource(7))
	var sb strings.Builder
	sb.WriteString("用户昵称,抖音号,关注天数,粉丝团等级,是否铁粉,标签\n")
	chars := []rune("王李张刘陈杨黄赵吴周徐孙伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞小月星辰")
	for i := range n {
		name := string(chars[r.Intn(len(chars))]) + string(chars[r.Intn(len(chars))]) + string(chars[r.Intn(len(chars))])
		fmt.Fprintf(&sb, "%s,dy%08d,%d,%d,%s,%s\n", name, i, r.Intn(1000), r.Intn(30), []string{"是", "否"}[r.Intn(2)], []string{"铁粉", "老粉", ""}[r.Intn(3)])
	}
	path := filepath.Join(dir, "fans.csv")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

// The sqlite3 shell imports the same file into a table equivalent to what
// Qunzhu stores for those columns: WAL and synchronous=NORMAL as the app
// runs, the id unique (identities), and the nickname, days and level indexed
// (duplicate matching, sorting, filters). bareTable is the plain table
// without keys or indexes, printed for reference.
const (
	pragmas         = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
	equivalentTable = `CREATE TABLE fans(nickname TEXT NOT NULL, uid TEXT NOT NULL UNIQUE, days INTEGER,
		level INTEGER, iron TEXT, tags TEXT); CREATE INDEX fans_nick ON fans(nickname);
		CREATE INDEX fans_days ON fans(days); CREATE INDEX fans_level ON fans(level);`
	bareTable = "CREATE TABLE fans(nickname TEXT, uid TEXT, days TEXT, level TEXT, iron TEXT, tags TEXT);"
)

// sqliteImport times the sqlite3 shell's .import of csv into a new table.
func sqliteImport(b *testing.B, dir, csv, table string) time.Duration {
	bin, err := exec.LookPath("sqlite3")
	if err != nil {
		b.Fatal("the sqlite3 shell is needed to compare against: apt-get install sqlite3")
	}
	db := filepath.Join(dir, fmt.Sprintf("raw-%d.db", time.Now().UnixNano()))
	cmd := exec.Command(bin, db, pragmas, table, ".import --csv --skip 1 "+csv+" fans", "SELECT count(*) FROM fans;")
	start := time.Now()
	out, err := cmd.CombinedOutput()
	took := time.Since(start)
	if err != nil || !strings.Contains(string(out), "100000") {
		b.Fatalf("sqlite3: %v %s", err, out)
	}
	return took
}

// BenchmarkImportCSV100k imports a 100,000-row CSV through the whole
// pipeline (read, decode, map, validate, match, store) and compares it with
// the sqlite3 shell's .import into an equivalent table. Target: ratio ≤ 1.5.
func BenchmarkImportCSV100k(b *testing.B) {
	dir := b.TempDir()
	csv := writeCSV(b, dir, 100000)
	var ours, theirs, bare, floor time.Duration
	for range b.N {
		b.StopTimer()
		s := imports.NewService(members.NewService(storetest.Open(b)))
		theirs += sqliteImport(b, dir, csv, equivalentTable)
		bare += sqliteImport(b, dir, csv, bareTable)
		floor += driverFloor(b, dir, csv)
		b.StartTimer()
		start := time.Now()
		rep, err := s.Run(context.Background(), imports.Request{Source: imports.Source{Path: csv},
			Platform: "douyin", OnDuplicate: members.OnDuplicateKeep}, nil)
		ours += time.Since(start)
		if err != nil || rep.Added != 100000 {
			b.Fatalf("import: %+v %v", rep.Added, err)
		}
	}
	b.ReportMetric(ours.Seconds()/float64(b.N), "qunzhu-s")
	b.ReportMetric(theirs.Seconds()/float64(b.N), "sqlite3-s")
	b.ReportMetric(bare.Seconds()/float64(b.N), "sqlite3-bare-s")
	b.ReportMetric(floor.Seconds()/float64(b.N), "driver-floor-s")
	b.ReportMetric(ours.Seconds()/theirs.Seconds(), "ratio")
}
