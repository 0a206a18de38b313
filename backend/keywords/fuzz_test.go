package keywords

import (
	"slices"
	"strings"
	"testing"
)

// FuzzFind runs Find on any text with the zh-CN defaults plus words taken
// from the input ("|" separates them). Find must not panic; its hits must
// lie in the text, in order, apart, each spelling its word once folded; and
// it must agree with the naive reference.
func FuzzFind(f *testing.F) {
	seeds := []struct{ words, text string }{
		{"best|#1", "The BEST #1 bestow"},
		{"最|最佳|最低价", "最低价最佳最近"},
		{"100%|abc", "１００％ＡＢＣ"},
		{"退款", "退\u200b款😀\xff"},
		{"a b|ab", "a\u3000b ab"},
		{"", "👨‍👩‍👧 ❤️ ｶﾀｶﾅ"},
	}
	for _, s := range seeds {
		f.Add(s.words, s.text)
	}
	defaults := Defaults("zh-CN")
	f.Fuzz(func(t *testing.T, extra, text string) {
		ws := slices.Clone(defaults)
		for i, w := range strings.Split(extra, "|") {
			ws = append(ws, Word{Text: w, Category: Custom, Severity: 1 + i%3})
		}
		hits := New(ws).Find(text)
		end := 0
		for _, h := range hits {
			if h.Start < end || h.End <= h.Start || h.End > len(text) {
				t.Fatalf("hit %d:%d after %d in %d bytes", h.Start, h.End, end, len(text))
			}
			if got, want := FoldString(text[h.Start:h.End]), FoldString(h.Word.Text); got != want {
				t.Fatalf("hit %q folds to %q, its word %q to %q", text[h.Start:h.End], got, h.Word.Text, want)
			}
			_ = Context(text, h, 5)
			end = h.End
		}
		if want := naiveFind(ws, text); !slices.Equal(hits, want) {
			t.Fatalf("Find(%q) = %v, naive %v", text, hits, want)
		}
	})
}
