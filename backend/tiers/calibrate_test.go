package tiers

import (
	"fmt"
	"math"
	"testing"
)

// The defaults put a typical group near the seeds' shares: 20 % core, 30 %
// active, 40 % lurker, 10 % dormant of the members who ever interacted
// (invalid members, who never did, are counted apart). Checked on the
// synthetic long-tailed group, several seeds and sizes, within ±5 points.
func TestCalibration(t *testing.T) {
	want := map[Tier]float64{Core: 20, Active: 30, Lurker: 40, Dormant: 10}
	s := DefaultSettings()
	for _, c := range []struct {
		n    int
		seed uint64
	}{{2000, 1}, {2000, 2}, {2000, 3}, {2000, 4}, {2000, 5}, {10000, 6}, {50000, 7}} {
		counts := Preview(synthGroup(c.n, c.seed, now), now, s)
		interacted := float64(c.n - counts[Invalid])
		line := ""
		for _, tier := range Tiers[:4] {
			share := 100 * float64(counts[tier]) / interacted
			line += " " + string(tier) + " " + pct(share)
			if math.Abs(share-want[tier]) > 5 {
				t.Errorf("n %d seed %d: %s is %.1f %%, want %.0f ± 5", c.n, c.seed, tier, share, want[tier])
			}
		}
		t.Logf("n %5d seed %d:%s; invalid %s of all", c.n, c.seed, line, pct(100*float64(counts[Invalid])/float64(c.n)))
	}
}

// Preview counts what Compute places when no tier is stored yet.
func TestPreviewMatchesCompute(t *testing.T) {
	stats := synthGroup(3000, 11, now)
	s := DefaultSettings()
	got := Preview(stats, now, s)
	want := map[Tier]int{}
	for _, t := range Tiers {
		want[t] = 0
	}
	for _, r := range Compute(stats, now, s) {
		want[r.Tier]++
	}
	for _, tier := range Tiers {
		if got[tier] != want[tier] {
			t.Errorf("%s: preview %d, compute %d", tier, got[tier], want[tier])
		}
	}
	if len(got) != len(Tiers) {
		t.Errorf("preview has %d tiers: %v", len(got), got)
	}
}

func pct(x float64) string { return fmt.Sprintf("%.1f %%", x) }
