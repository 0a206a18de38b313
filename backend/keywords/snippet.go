package keywords

import "unicode/utf8"

// Snippet is a hit in its message, split so the matched word can be shown
// apart: Before and After carry Ellipsis where the message goes on.
type Snippet struct {
	Before, Match, After string
}

// Around cuts the text of a hit as Context does, up to runes characters on
// each side, and splits it at the hit.
func Around(text string, h Hit, runes int) Snippet {
	start := runeStart(text, h.Start)
	end := runeEnd(text, max(h.End, start))
	from, to := start, end
	for k := 0; k < runes && from > 0; k++ {
		from = runeStart(text, from-1)
	}
	for k := 0; k < runes && to < len(text); k++ {
		_, w := utf8.DecodeRuneInString(text[to:])
		to += w
	}
	s := Snippet{Before: text[from:start], Match: text[start:end], After: text[end:to]}
	if from > 0 {
		s.Before = Ellipsis + s.Before
	}
	if to < len(text) {
		s.After += Ellipsis
	}
	return s
}

// String is the snippet as one text, what Context returns.
func (s Snippet) String() string { return s.Before + s.Match + s.After }
