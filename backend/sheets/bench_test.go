package sheets

import "testing"

const benchRows = 100_000

func BenchmarkReadCSV100k(b *testing.B) {
	data := memberCSV(benchRows)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := ReadCSV(data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchRows*b.N)/b.Elapsed().Seconds(), "rows/s")
}

func BenchmarkRecords100k(b *testing.B) {
	tb, err := ReadCSV(memberCSV(benchRows))
	if err != nil {
		b.Fatal(err)
	}
	m := GuessMapping(tb.Headers)
	b.ResetTimer()
	for b.Loop() {
		recs, bad := Records(tb, m, Options{Now: testNow})
		if len(recs) != benchRows || len(bad) != 0 {
			b.Fatalf("%d records, %d problems", len(recs), len(bad))
		}
	}
	b.ReportMetric(float64(benchRows*b.N)/b.Elapsed().Seconds(), "rows/s")
}
