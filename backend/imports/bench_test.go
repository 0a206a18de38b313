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

// sqliteImport times the sqlite3 shell's .import of the same file into a
// table with the same columns (the bar the import is held to).
func sqliteImport(b *testing.B, dir, csv string) time.Duration {
	bin, err := exec.LookPath("sqlite3")
	if err != nil {
		b.Fatal("the sqlite3 shell is needed to compare against: apt-get install sqlite3")
	}
	db := filepath.Join(dir, fmt.Sprintf("raw-%d.db", time.Now().UnixNano()))
	cmd := exec.Command(bin, db, "CREATE TABLE fans(nickname TEXT, uid TEXT, days TEXT, level TEXT, iron TEXT, tags TEXT);",
		".import --csv --skip 1 "+csv+" fans")
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("sqlite3: %v %s", err, out)
	}
	return time.Since(start)
}

// BenchmarkImportCSV100k imports a 100,000-row CSV through the whole
// pipeline (read, decode, map, validate, match, store) and compares it with
// the sqlite3 shell's raw .import. Target: ratio ≤ 1.5.
func BenchmarkImportCSV100k(b *testing.B) {
	dir := b.TempDir()
	csv := writeCSV(b, dir, 100000)
	var ours, theirs time.Duration
	for range b.N {
		b.StopTimer()
		s := imports.NewService(members.NewService(storetest.Open(b)))
		theirs += sqliteImport(b, dir, csv)
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
	b.ReportMetric(ours.Seconds()/theirs.Seconds(), "ratio")
}
