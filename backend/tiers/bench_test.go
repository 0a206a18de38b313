package tiers

import "testing"

// BenchmarkCompute100k re-scores a 100,000-member synthetic group, with
// stored tiers and stages so hysteresis runs too. Goal: ≤ 200 ms.
func BenchmarkCompute100k(b *testing.B) {
	stats := synthGroup(100_000, 42, now)
	s := DefaultSettings()
	for i, r := range Compute(stats, ago(3), s) {
		stats[i].PrevTier, stats[i].PrevTierAt = r.Tier, r.TierSince
		stats[i].PrevStage, stats[i].PrevStageAt = r.Stage, r.StageSince
	}
	b.ReportAllocs()
	for b.Loop() {
		Compute(stats, now, s)
	}
}

// BenchmarkPreview100k counts tiers for the settings screen.
func BenchmarkPreview100k(b *testing.B) {
	stats := synthGroup(100_000, 42, now)
	s := DefaultSettings()
	b.ReportAllocs()
	for b.Loop() {
		Preview(stats, now, s)
	}
}
