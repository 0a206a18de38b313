package activity_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/members"
	"qunzhu/backend/storetest"
)

// lineFormat writes message i (at, sender, text) in an export's layout.
type lineFormat struct {
	header string
	line   func(w io.Writer, i int, at time.Time, name, text string)
}

var whatsappLine = lineFormat{line: func(w io.Writer, i int, at time.Time, name, text string) {
	fmt.Fprintf(w, "%s - %s: %s\n", at.Format("02.01.2006, 15:04"), name, text)
}}

var wechatLine = lineFormat{
	header: "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\n",
	line: func(w io.Writer, i int, at time.Time, name, text string) {
		fmt.Fprintf(w, "%d,1,1,0,0,%d,2,%s,%s,,%s,wxid_%x\n", i+1, at.Unix()-8*3600, text,
			at.Format("2006-01-02 15:04:05"), name, []byte(name))
	},
}

// chatRows writes n messages from senders over 180 days both as an export
// and, pre-parsed, as the CSV the sqlite3 shell imports.
func chatRows(b *testing.B, dir string, n, senders int, format lineFormat) (export, parsed string) {
	export, parsed = filepath.Join(dir, "chat.txt"), filepath.Join(dir, "parsed.csv")
	ef, _ := os.Create(export)
	pf, _ := os.Create(parsed)
	ew, pw := bufio.NewWriter(ef), bufio.NewWriter(pf)
	ew.WriteString(format.header)
	r := rand.New(rand.NewSource(1))
	start := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	step := 180 * 24 * time.Hour / time.Duration(n)
	words := []string{"大家好", "今天直播几点", "收到", "哈哈哈", "谢谢老师", "打卡", "这个好看", "明天见"}
	for i := range n {
		at := start.Add(time.Duration(i) * step)
		name := fmt.Sprintf("粉丝%04d", int(float64(senders)*r.Float64()*r.Float64()))
		text := fmt.Sprintf("%s %d", words[r.Intn(len(words))], i)
		format.line(ew, i, at, name, text)
		fmt.Fprintf(pw, "%s,%d,message,%s,%d\n", name, at.Unix(), text, int64(i)*2654435761)
	}
	ew.Flush()
	pw.Flush()
	ef.Close()
	pf.Close()
	return export, parsed
}

// The equivalent table: one row per event, its key unique and indexed by
// member and time as Qunzhu's events are.
const eventsTable = `PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
CREATE TABLE events(member TEXT, at INTEGER, kind TEXT, text TEXT, key INTEGER);
CREATE UNIQUE INDEX events_key ON events(key); CREATE INDEX events_member_at ON events(member, at);`

func shellImport(b *testing.B, dir, csv string) time.Duration {
	bin, err := exec.LookPath("sqlite3")
	if err != nil {
		b.Fatal("the sqlite3 shell is needed to compare against: apt-get install sqlite3")
	}
	db := filepath.Join(dir, fmt.Sprintf("raw-%d.db", time.Now().UnixNano()))
	start := time.Now()
	if out, err := exec.Command(bin, db, eventsTable, ".import --csv "+csv+" events").CombinedOutput(); err != nil {
		b.Fatalf("sqlite3: %v %s", err, out)
	}
	return time.Since(start)
}

// BenchmarkImportWhatsApp1M imports a 1,000,000-message WhatsApp export
// (5,000 senders) into an empty workspace and compares it with the sqlite3
// shell's .import of the same rows pre-parsed. Targets: ≤ 30 s, ratio ≤ 2.
func BenchmarkImportWhatsApp1M(b *testing.B) { benchImport(b, whatsappLine) }

// BenchmarkImportWeChatCSV1M is the same for a WeChatMsg / MemoTrace CSV.
func BenchmarkImportWeChatCSV1M(b *testing.B) { benchImport(b, wechatLine) }

func benchImport(b *testing.B, format lineFormat) {
	dir := b.TempDir()
	export, parsed := chatRows(b, dir, 1000000, 5000, format)
	var ours, theirs time.Duration
	var peak uint64
	for range b.N {
		b.StopTimer()
		db := storetest.Open(b)
		s := activity.NewService(db, members.NewService(db))
		theirs += shellImport(b, dir, parsed)
		stop := watchHeap(&peak)
		b.StartTimer()
		start := time.Now()
		rep, err := s.Import(context.Background(), activity.Request{Path: export}, nil)
		ours += time.Since(start)
		stop()
		if err != nil || rep.Events != 1000000 {
			b.Fatalf("import: %+v %v", rep, err)
		}
	}
	b.ReportMetric(ours.Seconds()/float64(b.N), "qunzhu-s")
	b.ReportMetric(theirs.Seconds()/float64(b.N), "sqlite3-s")
	b.ReportMetric(ours.Seconds()/theirs.Seconds(), "ratio")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// watchHeap samples the heap until stopped, keeping the peak in *peak.
func watchHeap(peak *uint64) (stop func()) {
	done, exited := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(exited)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			*peak = max(*peak, m.HeapInuse)
			select {
			case <-done:
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}()
	return func() { close(done); <-exited }
}
