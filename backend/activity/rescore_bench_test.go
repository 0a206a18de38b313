package activity_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/members"
	"qunzhu/backend/storetest"
)

// BenchmarkRecompute100k10M works out the tiers of 100,000 members from
// 10,000,000 events over 180 days (a long-tailed spread: a few members write
// most). Target: ≤ 5 s.
func BenchmarkRecompute100k10M(b *testing.B) {
	db := storetest.Open(b)
	m := members.NewService(db)
	s := activity.NewService(db, m)
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
		SELECT 1 + CAST(100000 * (abs(random()) / 9.3e18) * (abs(random()) / 9.3e18) AS INT), 1,
			?1 - (i * 1555) % (180 * 86400),
			CASE i % 50 WHEN 0 THEN 'post' WHEN 1 THEN 'tip' WHEN 2 THEN 'reply' ELSE 'message' END,
			CASE i % 50 WHEN 1 THEN 5 ELSE 0 END, '', '', i FROM n`, now.Unix(), benchEvents)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("setup %v", time.Since(setup))
	b.ResetTimer()
	for range b.N {
		sum, err := s.Recompute(ctx, now)
		if err != nil || sum.Tiers["core"] == 0 {
			b.Fatalf("recompute: %+v %v", sum, err)
		}
	}
}

// benchEvents is the number of events BenchmarkRecompute100k10M stores.
var benchEvents = 10_000_000
