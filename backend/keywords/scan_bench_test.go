package keywords

import (
	"context"
	"testing"
	"time"

	"qunzhu/backend/storetest"
)

// BenchmarkStored1M works on a million stored messages (the generated ones
// of BenchmarkFind1M, in 50 groups from 5,000 senders) with the zh-CN
// defaults in a real database file. scan: a full rescan (read, match, store
// every hit, in one transaction); page*: a page of the hits screen with its
// chip counts.
func BenchmarkStored1M(b *testing.B) {
	_, msgs := bench()
	db := storetest.Open(b)
	ctx := context.Background()
	s := NewService(db)
	if _, err := s.Seed(ctx, "zh-CN"); err != nil {
		b.Fatal(err)
	}
	tx, err := db.Write().Begin()
	if err != nil {
		b.Fatal(err)
	}
	stmt, _ := tx.Prepare(`INSERT INTO events(id, member_id, group_id, at, kind, text, key) VALUES (?, ?, ?, ?, 'message', ?, ?)`)
	for i, m := range msgs {
		if _, err := stmt.Exec(i+1, i%5000+1, i%50+1, 1_700_000_000+i*30, m, i); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	if _, err := s.Scan(ctx, nil); err != nil {
		b.Fatal(err)
	}
	b.Run("scan", func(b *testing.B) {
		var rep ScanReport
		var err error
		for b.Loop() {
			if rep, err = s.Rescan(ctx, nil); err != nil {
				b.Fatal(err)
			}
		}
		if rep.Events != len(msgs) {
			b.Fatalf("scanned %d events, want %d", rep.Events, len(msgs))
		}
		b.ReportMetric(float64(rep.Hits), "hits")
		b.ReportMetric(float64(len(msgs))*float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	})
	// A page of the hits screen: the newest 50 and the chip counts.
	for _, c := range []struct {
		name string
		f    Filter
	}{
		{"page", Filter{Limit: 50}},
		{"page-severity", Filter{Severity: SeverityAct, Limit: 50}},
		{"page-group-deep", Filter{GroupID: 7, Limit: 50, Offset: 500}},
		{"page-sender", Filter{MemberID: 42, Limit: 50}},
		{"page-period", Filter{From: time.Unix(1_700_000_000+300_000*30, 0), To: time.Unix(1_700_000_000+400_000*30, 0), Limit: 50}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				p, err := s.Hits(ctx, c.f)
				if err != nil || len(p.Hits) == 0 {
					b.Fatalf("hits = %d, %v", len(p.Hits), err)
				}
				if _, err := s.Count(ctx, c.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
