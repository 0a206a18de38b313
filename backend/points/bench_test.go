package points_test

import (
	"context"
	"flag"
	"fmt"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/members"
	"qunzhu/backend/points"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

// The benchmark's size: the target is 100,000 members and 10,000,000
// events (-bench.members, -bench.events to develop on less).
var (
	benchMembers = flag.Int("bench.members", 100_000, "members in BenchmarkRecomputeVsTiers")
	benchEvents  = flag.Int("bench.events", 10_000_000, "events in BenchmarkRecomputeVsTiers")
)

// BenchmarkRecomputeVsTiers builds one database (the tier benchmark's
// long-tailed spread of events over 180 days, with check-ins, purchases
// and 接龙 entries among them) and times, on it, the tier recompute
// (activity.Recompute) and the points recompute one after the other each
// round. It reports both and their ratio. Target: ratio ≤ 1.5.
func BenchmarkRecomputeVsTiers(b *testing.B) {
	db, now := benchDB(b, *benchMembers, *benchEvents)
	tiers := activity.NewService(db, members.NewService(db))
	pts := points.NewService(db)
	ctx := context.Background()
	var tierTime, pointTime time.Duration
	for b.Loop() {
		t0 := time.Now()
		if sum, err := tiers.Recompute(ctx, now); err != nil || sum.Tiers["core"] == 0 {
			b.Fatalf("tier recompute: %+v %v", sum, err)
		}
		t1 := time.Now()
		if c, err := pts.Recompute(ctx, now, nil); err != nil || c.Events != *benchEvents*49/50 {
			b.Fatalf("points recompute: %+v %v", c, err)
		}
		tierTime, pointTime = tierTime+t1.Sub(t0), pointTime+time.Since(t1)
	}
	b.ReportMetric(float64(tierTime.Milliseconds())/float64(b.N), "tiers-ms/op")
	b.ReportMetric(float64(pointTime.Milliseconds())/float64(b.N), "points-ms/op")
	b.ReportMetric(pointTime.Seconds()/tierTime.Seconds(), "ratio")
}

// BenchmarkLeaderboard100k reads the top 20 of this week, this month and
// all time among 100,000 members (-bench.members) from the stored totals,
// with the staleness check, as the screen and the command line do.
func BenchmarkLeaderboard100k(b *testing.B) {
	db, now := benchDB(b, *benchMembers, *benchMembers*10)
	pts := points.NewService(db)
	pts.UseClock(func() time.Time { return now })
	ctx := context.Background()
	if _, err := pts.Recompute(ctx, now, nil); err != nil {
		b.Fatal(err)
	}
	periods := []points.Period{points.PeriodWeek, points.PeriodMonth, points.PeriodAll}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		board, err := pts.Leaderboard(ctx, 1, periods[i%3], 20, "zh-CN")
		if err != nil || len(board.Rows) == 0 || board.Stale { // this month: only the events at its first instant
			b.Fatalf("leaderboard: %d rows, stale %v, %v", len(board.Rows), board.Stale, err)
		}
	}
}

// benchDB is a database of n members and events events (all in group 1) over
// the 180 days before its now: the tier benchmark's long-tailed spread,
// with check-ins, purchases and 接龙 entries among them.
func benchDB(b *testing.B, n, events int) (*store.DB, time.Time) {
	db := storetest.Open(b)
	m := members.NewService(db)
	ctx := context.Background()
	now := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	setup := time.Now()
	drafts := make([]members.Draft, n)
	for i := range drafts {
		drafts[i] = members.Draft{Row: i + 2, Nickname: fmt.Sprintf("粉丝%06d", i), Platform: "wechat", PlatformID: fmt.Sprintf("wxid_%06d", i)}
	}
	if _, err := m.Import(ctx, drafts, members.ImportOptions{OnDuplicate: "keep"}, nil); err != nil {
		b.Fatal(err)
	}
	_, err := db.Write().ExecContext(ctx, `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?2 - 1)
		INSERT INTO events (member_id, group_id, at, kind, value, text, chat, key)
		SELECT 1 + CAST(?3 * (abs(random()) / 9.3e18) * (abs(random()) / 9.3e18) AS INT), 1,
			?1 - (i * 1555) % (180 * 86400),
			CASE i % 50 WHEN 0 THEN 'post' WHEN 1 THEN 'tip' WHEN 2 THEN 'reply' WHEN 3 THEN 'checkin'
				WHEN 4 THEN 'purchase' WHEN 5 THEN 'jielong' ELSE 'message' END,
			CASE i % 50 WHEN 1 THEN 5 WHEN 4 THEN 99 ELSE 0 END, '', '', i FROM n`, now.Unix(), events, n)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("setup %v", time.Since(setup))
	return db, now
}
