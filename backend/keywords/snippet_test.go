package keywords

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Around splits what Context shows at the hit: the matched text in its
// original spelling apart, the ellipses on the outer pieces.
func TestAround(t *testing.T) {
	const text = "大家好，这款是全网ＮＯ.１的面霜"
	m := New(words("no.1", "大家"))
	hits := m.Find(text)
	if len(hits) != 2 {
		t.Fatalf("Find = %v", render(hits))
	}
	cases := []struct {
		h     Hit
		runes int
		want  Snippet
	}{
		{hits[1], 2, Snippet{"…全网", "ＮＯ.１", "的面…"}},
		{hits[1], 50, Snippet{"大家好，这款是全网", "ＮＯ.１", "的面霜"}},
		{hits[0], 1, Snippet{"", "大家", "好…"}},
		{Hit{Start: 1, End: 2}, 0, Snippet{"", "大", "…"}},
	}
	for _, c := range cases {
		got := Around(text, c.h, c.runes)
		if got != c.want {
			t.Errorf("Around(%d:%d, %d) = %+v, want %+v", c.h.Start, c.h.End, c.runes, got, c.want)
		}
	}
}

// FuzzAround cuts any text at any offsets: the pieces lie in the text in
// order and, in valid UTF-8, never split a rune, are at most runes
// characters on each side, and a cut end has its ellipsis.
func FuzzAround(f *testing.F) {
	f.Add("大家好，这款是全网ＮＯ.１的面霜", 9, 15, 3)
	f.Add("a😀b最ｃ\u200bd", 2, 3, 1)
	f.Add("\xff\xfe最", -4, 99, 0)
	f.Fuzz(func(t *testing.T, text string, start, end, runes int) {
		runes = min(max(runes, 0), 64)
		s := Around(text, Hit{Start: start, End: end}, runes)
		before := strings.TrimPrefix(s.Before, Ellipsis)
		after := strings.TrimSuffix(s.After, Ellipsis)
		joined := before + s.Match + after
		i := strings.Index(text, joined)
		if i < 0 {
			t.Fatalf("Around(%q, %d:%d) = %+v is not a piece of the text", text, start, end, s)
		}
		if !utf8.ValidString(text) {
			return // stray bytes count as runes of their own
		}
		if !utf8.ValidString(joined) {
			t.Fatalf("Around(%q, %d:%d) = %+v splits a rune", text, start, end, s)
		}
		if utf8.RuneCountInString(before) > runes || utf8.RuneCountInString(after) > runes {
			t.Fatalf("Around(%q, %d:%d, %d) = %+v is too wide", text, start, end, runes, s)
		}
		if !strings.HasPrefix(s.Before, Ellipsis) && !strings.HasPrefix(text, s.Before+s.Match) {
			t.Fatalf("Around(%q, %d:%d) = %+v cuts the start without an ellipsis", text, start, end, s)
		}
		if !strings.HasSuffix(s.After, Ellipsis) && !strings.HasSuffix(text, s.Match+s.After) {
			t.Fatalf("Around(%q, %d:%d) = %+v cuts the end without an ellipsis", text, start, end, s)
		}
	})
}
