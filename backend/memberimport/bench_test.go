package memberimport_test

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

	"qunzhu/backend/memberimport"
	"qunzhu/backend/members"
	"qunzhu/backend/storetest"
)

// writeCSV writes n fan rows as a Douyin-style export: ids unique,
// nicknames drawn from a pool of distinct ones 0.6 × n large, so about half
// the names are unique and the rest repeat (common Chinese names do).
func writeCSV(b *testing.B, dir string, n int) string {
	r := rand.New(rand.NewSource(7))
	var sb strings.Builder
	sb.WriteString("用户昵称,抖音号,关注天数,粉丝团等级,是否铁粉,标签\n")
	pool := namePool(r, n*6/10)
	for i := range n {
		name := pool[r.Intn(len(pool))]
		fmt.Fprintf(&sb, "%s,dy%08d,%d,%d,%s,%s\n", name, i, r.Intn(1000), r.Intn(30), []string{"是", "否"}[r.Intn(2)], []string{"铁粉", "老粉", ""}[r.Intn(3)])
	}
	path := filepath.Join(dir, "fans.csv")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

// namePool makes n distinct nicknames of two to four common characters.
func namePool(r *rand.Rand, n int) []string {
	chars := []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞宇浩然欣怡子轩梓涵小月星辰")
	seen := map[string]bool{}
	out := make([]string, 0, n)
	for len(out) < n {
		name := make([]rune, 2+r.Intn(3))
		for i := range name {
			name[i] = chars[r.Intn(len(chars))]
		}
		if s := string(name); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// The sqlite3 shell imports the same file into a table equivalent to what
// Qunzhu stores for those columns: WAL and synchronous=NORMAL as the app
// runs, the id unique (identities), the nickname indexed twice (name
// matching, sorting), days and level indexed (filters). bareTable is the plain table
// without keys or indexes, printed for reference.
const (
	pragmas         = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
	equivalentTable = `CREATE TABLE fans(nickname TEXT NOT NULL, uid TEXT NOT NULL UNIQUE, days INTEGER,
		level INTEGER, iron TEXT, tags TEXT); CREATE INDEX fans_name ON fans(nickname); CREATE INDEX fans_sort ON fans(nickname);
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

// BenchmarkImportCSV100k imports a 100,000-row Douyin fan list (ids
// unique, about half the nicknames repeated) through the whole pipeline
// (read, decode, map, validate, match, store) with the default duplicate
// choice, and compares it with the driver's floor measured in the same run
// (driverFloor). Target: ratio ≤ 1.5. The sqlite3 shell's .import into an
// equivalent table is printed for reference.
func BenchmarkImportCSV100k(b *testing.B) {
	dir := b.TempDir()
	csv := writeCSV(b, dir, 100000)
	var ours, theirs, bare, floor, oursCPU, floorCPU time.Duration
	for range b.N {
		b.StopTimer()
		s := memberimport.NewService(members.NewService(storetest.Open(b)))
		theirs += sqliteImport(b, dir, csv, equivalentTable)
		bare += sqliteImport(b, dir, csv, bareTable)
		cpu := cpuTime()
		floor += driverFloor(b, dir, csv)
		floorCPU += cpuTime() - cpu
		b.StartTimer()
		start, cpu := time.Now(), cpuTime()
		rep, err := s.Run(context.Background(), memberimport.Request{Source: memberimport.Source{Path: csv},
			Platform: "douyin", OnDuplicate: members.OnDuplicateUpdate}, nil)
		ours, oursCPU = ours+time.Since(start), oursCPU+cpuTime()-cpu
		if err != nil || rep.Added != 100000 || rep.Updated != 0 || len(rep.Ambiguous) != 0 {
			b.Fatalf("import: added %d updated %d ambiguous %d: %v", rep.Added, rep.Updated, len(rep.Ambiguous), err)
		}
	}
	b.ReportMetric(ours.Seconds()/float64(b.N), "qunzhu-s")
	b.ReportMetric(floor.Seconds()/float64(b.N), "driver-floor-s")
	b.ReportMetric(theirs.Seconds()/float64(b.N), "sqlite3-s")
	b.ReportMetric(bare.Seconds()/float64(b.N), "sqlite3-bare-s")
	b.ReportMetric(ours.Seconds()/floor.Seconds(), "ratio")
	// On a busy machine the wall times wait for the cores; the CPU time
	// each side used (the whole process: GC and spare-core work included)
	// compares the work itself.
	b.ReportMetric(oursCPU.Seconds()/floorCPU.Seconds(), "cpu-ratio")
	b.ReportMetric(ours.Seconds()/theirs.Seconds(), "sqlite3-ratio")
}

// BenchmarkImportCSV100kAlone is BenchmarkImportCSV100k's import without
// the comparisons, for profiling (-cpuprofile).
func BenchmarkImportCSV100kAlone(b *testing.B) {
	dir := b.TempDir()
	csv := writeCSV(b, dir, 100000)
	for range b.N {
		b.StopTimer()
		s := memberimport.NewService(members.NewService(storetest.Open(b)))
		b.StartTimer()
		rep, err := s.Run(context.Background(), memberimport.Request{Source: memberimport.Source{Path: csv},
			Platform: "douyin", OnDuplicate: members.OnDuplicateUpdate}, nil)
		if err != nil || rep.Added != 100000 {
			b.Fatalf("import: added %d: %v", rep.Added, err)
		}
	}
}

// BenchmarkFloor100k is driverFloor alone, for profiling.
func BenchmarkFloor100k(b *testing.B) {
	dir := b.TempDir()
	csv := writeCSV(b, dir, 100000)
	var floor time.Duration
	for range b.N {
		floor += driverFloor(b, dir, csv)
	}
	b.ReportMetric(floor.Seconds()/float64(b.N), "driver-floor-s")
}
