package keywords

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestContext(t *testing.T) {
	const text = "大家好，这款是全网最低价，赶紧下单😀吧"
	m := New(words("全网最低价", "吧", "大家"))
	hits := m.Find(text)
	if len(hits) != 3 {
		t.Fatalf("Find = %v, want 3 hits", render(hits))
	}
	cases := []struct {
		h     Hit
		runes int
		want  string
	}{
		{hits[1], 3, "…这款是全网最低价，赶紧…"},
		{hits[1], 0, "…全网最低价…"},
		{hits[1], 100, text},
		{hits[2], 2, "…单😀吧"},                 // emoji is one rune
		{hits[0], 2, "大家好，…"},                // nothing cut before
		{Hit{Start: 1, End: 2}, 1, "大家…"},    // inside a rune: widened to whole runes
		{Hit{Start: -5, End: 1000}, 1, text}, // out of range: clamped
		{Hit{Start: 9, End: 3}, 1, "…好，…"},   // reversed: empty hit at Start
		{Hit{Start: len(text), End: len(text)}, 1, "…吧"},
	}
	for _, c := range cases {
		got := Context(text, c.h, c.runes)
		if got != c.want {
			t.Errorf("Context(%d:%d, %d) = %q, want %q", c.h.Start, c.h.End, c.runes, got, c.want)
		}
		if !utf8.ValidString(got) {
			t.Errorf("Context(%d:%d, %d) = %q cuts a rune", c.h.Start, c.h.End, c.runes, got)
		}
	}
}

func TestContextCutsOnlyBetweenRunes(t *testing.T) {
	text := "a😀b最ｃ\u200bd"
	for start := 0; start <= len(text); start++ {
		for end := start; end <= len(text); end++ {
			for runes := 0; runes < 4; runes++ {
				got := Context(text, Hit{Start: start, End: end}, runes)
				if !utf8.ValidString(got) {
					t.Fatalf("Context(%d:%d, %d) = %q", start, end, runes, got)
				}
				inner := strings.TrimSuffix(strings.TrimPrefix(got, Ellipsis), Ellipsis)
				if !strings.Contains(text, inner) {
					t.Fatalf("Context(%d:%d, %d) = %q is not a piece of the text", start, end, runes, got)
				}
			}
		}
	}
}
