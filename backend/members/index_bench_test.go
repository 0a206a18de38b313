package members_test

import (
	"context"
	"runtime"
	"testing"
	"time"

	"qunzhu/backend/fold"
	"qunzhu/backend/members"
)

// BenchmarkSearchIndexLoad1M: loading the search index of 1,000,000
// members (the first search after start-up), and the heap it keeps.
func BenchmarkSearchIndexLoad1M(b *testing.B) {
	s := bigDB(b)
	ctx := context.Background()
	search := members.Query{Filter: members.Filter{Search: "zxy"}, Limit: 100}
	if _, err := s.List(ctx, search); err != nil { // upgrades the stored texts if needed
		b.Fatal(err)
	}
	var heap float64
	b.ResetTimer()
	for range b.N {
		s.ForgetSearch()
		before := heapInUse()
		if _, err := s.List(ctx, search); err != nil {
			b.Fatal(err)
		}
		heap = float64(heapInUse()-before) / (1 << 20)
	}
	b.ReportMetric(heap, "MiB-heap")
}

// BenchmarkSearchUpgrade1M: re-deriving every stored search text of
// 1,000,000 members (a database from before fold.SearchVersion 2), then
// loading the index.
func BenchmarkSearchUpgrade1M(b *testing.B) {
	db := bigStore(b)
	s := members.NewService(db)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		if _, err := db.Write().ExecContext(ctx, `UPDATE members SET search = ''`); err != nil {
			b.Fatal(err)
		}
		if _, err := db.Write().ExecContext(ctx, `DELETE FROM settings WHERE key = 'format.members.search'`); err != nil {
			b.Fatal(err)
		}
		s.ForgetSearch()
		b.StartTimer()
		start := time.Now()
		if rows, err := s.List(ctx, members.Query{Filter: members.Filter{Search: "zxy"}, Limit: 100}); err != nil || len(rows) == 0 {
			b.Fatal(len(rows), err)
		}
		b.ReportMetric(time.Since(start).Seconds(), "s/upgrade")
	}
}

// BenchmarkSearchText: the search text of one fake member, and its size
// against the folding before version 2 (one pinyin spelling, no 繁简).
func BenchmarkSearchText(b *testing.B) {
	drafts := fakeDrafts(100000, 1)
	var now, before int
	for _, d := range drafts {
		now += len(fold.Search(d.Nickname, d.Remark, d.PlatformID))
		full, initials := fold.Pinyin(d.Nickname)
		before += len(fold.Query(d.Nickname) + fold.Sep + full + fold.Sep + initials + fold.Sep + fold.Query(d.PlatformID))
	}
	b.ResetTimer()
	for i := range b.N {
		d := drafts[i%len(drafts)]
		fold.Search(d.Nickname, d.Remark, d.PlatformID)
	}
	b.ReportMetric(float64(now)/float64(len(drafts)), "bytes/member")
	b.ReportMetric(float64(before)/float64(len(drafts)), "bytes-v1/member")
}

func heapInUse() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}
