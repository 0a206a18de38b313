package lottery

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"testing"
)

func sha256Hex(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// chiSquared of counts against a uniform expectation.
func chiSquared(counts []int) float64 {
	total := 0
	for _, c := range counts {
		total += c
	}
	exp := float64(total) / float64(len(counts))
	x := 0.0
	for _, c := range counts {
		d := float64(c) - exp
		x += d * d / exp
	}
	return x
}

// Critical values of the chi-squared distribution at p = 0.001.
var chi001 = map[int]float64{6: 22.458, 9: 27.877, 12: 32.909}

// Over many seeds, each position is equally likely to be picked first,
// and the third pick is uniform over the positions too.
func TestSelectionIsUniform(t *testing.T) {
	for _, n := range []int{7, 10, 13} {
		first := make([]int, n)
		third := make([]int, n)
		for seed := 0; seed < 20000; seed++ {
			key, err := Key([]Source{{Values: fmt.Sprint(seed)}, {Values: "12 34 56"}})
			if err != nil {
				t.Fatal(err)
			}
			picks := Select(key, n, 3)
			first[picks[0]]++
			third[picks[2]]++
		}
		for name, counts := range map[string][]int{"first": first, "third": third} {
			if x := chiSquared(counts); x > chi001[n-1] {
				t.Errorf("pool %d, %s pick: chi-squared %.2f > %.2f (counts %v)", n, name, x, chi001[n-1], counts)
			}
		}
	}
}

// The statistic itself tells a skewed selection apart.
func TestChiSquaredCatchesSkew(t *testing.T) {
	skewed := []int{2300, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 1700}
	if x := chiSquared(skewed); x < chi001[9] {
		t.Fatalf("chi-squared %.2f misses a 15%% skew", x)
	}
}
