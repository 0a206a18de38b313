package keywords

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// unit is one visible rune of a text: its fold and its bytes.
type unit struct {
	r          rune
	start, end int
}

// naiveFind is the reference Find: at each visible rune, try every word;
// take the longest that fits its boundaries, then go on after it.
func naiveFind(ws []Word, text string) []Hit {
	var units []unit
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if f := foldRune(r); f != skip {
			units = append(units, unit{f, i, i + w})
		}
		i += w
	}
	keys := make([][]rune, len(ws))
	for k, w := range ws {
		keys[k] = foldWord(w.Text)
	}
	var hits []Hit
	for i := 0; i < len(units); {
		best, bestLen := -1, 0
		for k, w := range ws {
			key := keys[k]
			n := len(key)
			if n == 0 || !naiveFits(units, i, key) {
				continue
			}
			if n > bestLen || n == bestLen && w.Severity > ws[best].Severity {
				best, bestLen = k, n
			}
		}
		if best < 0 {
			i++
			continue
		}
		hits = append(hits, Hit{Word: ws[best], Start: units[i].start, End: units[i+bestLen-1].end})
		i += bestLen
	}
	return hits
}

func naiveFits(units []unit, i int, key []rune) bool {
	j := i + len(key)
	if j > len(units) {
		return false
	}
	for k, r := range key {
		if units[i+k].r != r {
			return false
		}
	}
	if isWordRune(key[0]) && i > 0 && isWordRune(units[i-1].r) {
		return false
	}
	return !(isWordRune(key[len(key)-1]) && j < len(units) && isWordRune(units[j].r))
}

// alphabet is small so that random words overlap a lot, and mixes widths,
// cases, Chinese, word and non-word runes, spaces and zero-width characters.
var alphabet = []string{"a", "b", "A", "Ｂ", "最", "佳", "低", " ", "\u3000", "\u200b", "1", "１", "%", "😀", "\xff"}

func randomText(rng *rand.Rand, maxRunes int) string {
	var b strings.Builder
	for range rng.IntN(maxRunes + 1) {
		b.WriteString(alphabet[rng.IntN(len(alphabet))])
	}
	return b.String()
}

func TestFindAgreesWithNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 3000 {
		ws := make([]Word, 1+rng.IntN(8))
		for i := range ws {
			ws[i] = Word{Text: randomText(rng, 4), Severity: 1 + rng.IntN(3), Note: fmt.Sprint(i)}
		}
		m := New(ws)
		for range 20 {
			text := randomText(rng, 30)
			got, want := m.Find(text), naiveFind(ws, text)
			if !slices.Equal(got, want) {
				t.Fatalf("round %d: words %q, text %q\n got %v\nwant %v", round, texts(ws), text, got, want)
			}
		}
	}
}

func texts(ws []Word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Text
	}
	return out
}
