package cli

import (
	"strings"
	"testing"
)

func FuzzParseTiers(f *testing.F) {
	for _, s := range []string{"一等奖:1,二等奖:3", "一等奖：1，二等奖：3", "a:b:2", ":1", "x:0", "x: 2 ,", "", "奖:99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tiers, ok := parseTiers(s)
		if ok != (len(tiers) > 0) {
			t.Fatalf("parseTiers(%q) = %v, %v", s, tiers, ok)
		}
		for _, tier := range tiers {
			if tier.Count < 1 || tier.Name != strings.TrimSpace(tier.Name) || strings.ContainsAny(tier.Name, ",，") {
				t.Fatalf("parseTiers(%q) gave tier %+v", s, tier)
			}
		}
	})
}
