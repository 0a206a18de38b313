package keywords

import (
	"context"
	"testing"

	"qunzhu/backend/storetest"
)

// BenchmarkScanStored1M rescans a million stored messages (the generated
// ones of BenchmarkFind1M, in 50 groups from 5,000 senders) against the
// zh-CN defaults in a real database file: read, match, store every hit,
// in one transaction.
func BenchmarkScanStored1M(b *testing.B) {
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
	b.ResetTimer()
	var rep ScanReport
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
}
