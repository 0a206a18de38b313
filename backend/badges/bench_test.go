//go:build unix

package badges_test

import (
	"context"
	"flag"
	"fmt"
	"syscall"
	"testing"
	"time"

	"qunzhu/backend/badges"
	"qunzhu/backend/badges/sources"
	"qunzhu/backend/members"
	"qunzhu/backend/storetest"
)

// benchEvents is how many events BenchmarkEvaluate100k stores (the tier
// recompute's benchmark uses 10M; -badges.events=1000000 for a quick run).
var benchEvents = flag.Int("badges.events", 10_000_000, "events for BenchmarkEvaluate100k")

// BenchmarkEvaluate100k works out every rule badge of 100,000 members from
// the events over 180 days (a long-tailed spread as in the tier benchmark,
// one in ten a check-in) and stores them.
func BenchmarkEvaluate100k(b *testing.B) {
	db := storetest.Open(b)
	m := members.NewService(db)
	ctx := context.Background()
	now := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	setup := time.Now()
	drafts := make([]members.Draft, 100000)
	for i := range drafts {
		drafts[i] = members.Draft{Row: i + 2, Nickname: fmt.Sprintf("粉丝%06d", i), Platform: "wechat", PlatformID: fmt.Sprintf("wxid_%06d", i)}
	}
	if _, err := m.Import(ctx, drafts, members.ImportOptions{OnDuplicate: "keep"}, nil); err != nil {
		b.Fatal(err)
	}
	_, err := db.Write().ExecContext(ctx, `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?2 - 1)
		INSERT INTO events (member_id, group_id, at, kind, value, text, chat, key)
		SELECT 1 + CAST(100000 * (abs(random()) / 9.3e18) * (abs(random()) / 9.3e18) AS INT), 1 + i % 3,
			?1 - (i * 1555) % (180 * 86400),
			CASE i % 10 WHEN 0 THEN 'checkin' WHEN 1 THEN 'like' WHEN 2 THEN 'reply' ELSE 'message' END,
			0, '', '', i FROM n`, now.Unix(), *benchEvents)
	if err != nil {
		b.Fatal(err)
	}
	svc := badges.NewService(db)
	svc.SetClock(func() time.Time { return now })
	svc.UseRecords(sources.For(db))
	b.Logf("setup %v (%d events)", time.Since(setup), *benchEvents)
	b.ResetTimer()
	for range b.N {
		last, lastCPU := time.Now(), cpuTime()
		sum, err := svc.Evaluate(ctx, func(done, total int) { // each rule's time, then the write's
			b.Logf("step %d/%d: %v wall, %v CPU", done, total, time.Since(last), cpuTime()-lastCPU)
			last, lastCPU = time.Now(), cpuTime()
		})
		if err != nil || sum.Badges[badges.FirstMessage] == 0 {
			b.Fatalf("evaluate: %+v %v", sum, err)
		}
		b.Logf("%+v", sum)
	}
	b.StopTimer()
	last, lastCPU := time.Now(), cpuTime() // again over the same records: nothing to write
	if _, err := svc.Evaluate(ctx, func(int, int) {}); err != nil {
		b.Fatal(err)
	}
	b.Logf("again: %v wall, %v CPU", time.Since(last), cpuTime()-lastCPU)
}

// cpuTime is the CPU time the process used so far (the machine may be busy:
// wall time alone says little).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
