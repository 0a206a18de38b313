package keywords

import "testing"

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
