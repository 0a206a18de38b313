package lottery

import (
	"fmt"
	"testing"
)

// A verifiable draw over 1,000,000 entrants, hashing the list included:
// target ≤ 200 ms.
func BenchmarkDrawMillion(b *testing.B) {
	list := make([]string, 1_000_000)
	for i := range list {
		list[i] = fmt.Sprintf("抖音用户%07d", i+1)
	}
	spec := Spec{Entrants: list, Sources: testSources,
		Tiers: []Tier{{Name: "一等奖", Count: 1}, {Name: "二等奖", Count: 10}, {Name: "三等奖", Count: 50}}, Alternates: -1}
	b.ResetTimer()
	for b.Loop() {
		if _, err := Draw(spec); err != nil {
			b.Fatal(err)
		}
	}
}
