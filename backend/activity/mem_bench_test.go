package activity_test

import (
	"bufio"
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
)

// childImport names the export a re-executed test binary imports (see
// TestMain), so its peak resident memory is the import's alone.
const childImport, childDB = "QUNZHU_BENCH_CHILD_IMPORT", "QUNZHU_BENCH_CHILD_DB"

func TestMain(m *testing.M) {
	if path := os.Getenv(childImport); path != "" {
		os.Exit(runChildImport(path, os.Getenv(childDB)))
	}
	os.Exit(m.Run())
}

func runChildImport(path, dbPath string) int {
	ctx := context.Background()
	db, err := store.Open(ctx, dbPath)
	if err == nil {
		err = db.Migrate(ctx)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer db.Close()
	rep, err := activity.NewService(db, members.NewService(db)).Import(ctx, activity.Request{Path: path}, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println(rep.Events)
	return 0
}

// BenchmarkImportWhatsApp1GB imports a 1 GB WhatsApp export (about 12
// million messages from 20,000 senders) in a child process and reports its
// peak resident memory, SQLite's page cache and the Go heap together.
// Target: under 300 MB, whatever the file's size (the import streams).
func BenchmarkImportWhatsApp1GB(b *testing.B) {
	dir := b.TempDir()
	export := filepath.Join(dir, "chat.txt")
	size := writeWhatsApp(b, export, 1<<30, 20000)
	for range b.N {
		dbPath := filepath.Join(dir, fmt.Sprintf("qunzhu-%d.db", time.Now().UnixNano()))
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childImport+"="+export, childDB+"="+dbPath)
		start := time.Now()
		out, err := cmd.CombinedOutput()
		if err != nil {
			b.Fatalf("child import: %v %s", err, out)
		}
		b.ReportMetric(time.Since(start).Seconds(), "import-s")
		peak := float64(cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss) / 1024 // KiB → MiB
		b.ReportMetric(peak, "peak-rss-MB")
		b.ReportMetric(float64(size)/(1<<20), "file-MB")
		b.Logf("%s messages stored, peak RSS %.0f MB", out[:len(out)-1], peak)
		if peak >= 300 {
			b.Errorf("peak RSS %.0f MB, target under 300 MB", peak)
		}
		os.Remove(dbPath)
	}
}

// writeWhatsApp writes an Android WhatsApp export of about size bytes.
func writeWhatsApp(b *testing.B, path string, size int64, senders int) int64 {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	r := rand.New(rand.NewSource(1))
	start := time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)
	var written int64
	for i := 0; written < size; i++ {
		at := start.Add(time.Duration(i) * 2 * time.Second)
		name := fmt.Sprintf("粉丝%05d", int(float64(senders)*r.Float64()*r.Float64()))
		n, _ := fmt.Fprintf(w, "%s - %s: 今天直播几点 %d\n", at.Format("02.01.2006, 15:04"), name, i)
		written += int64(n)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	return written
}
