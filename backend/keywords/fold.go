package keywords

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// skip is what foldRune returns for a rune that matching ignores.
const skip rune = -1

// foldRune maps r to the rune it is matched as: full- and half-width forms
// to their usual width (Ａ → A, ％ → %), every white space to ' ', letters
// to lower case. Zero-width and other format characters, and variation
// selectors, are invisible and fold to skip. One rune in, at most one out,
// so offsets in a folded text map back to the original one to one.
func foldRune(r rune) rune {
	if r < 0x10000 {
		return bmp().fold[r]
	}
	return foldSlow(r)
}

// foldTable caches foldRune over the Basic Multilingual Plane, and its inverse.
type foldTable struct {
	fold   []rune          // BMP rune -> its fold
	blank  []int32         // BMP rune -> -1 if it folds to skip, else 0: a class table for no words
	others map[rune][]rune // fold -> the other BMP runes that fold to it
}

var bmp = sync.OnceValue(func() foldTable {
	t := foldTable{fold: make([]rune, 0x10000), blank: make([]int32, 0x10000), others: map[rune][]rune{}}
	for r := range rune(0x10000) {
		f := foldSlow(r)
		t.fold[r] = f
		switch {
		case f == skip:
			t.blank[r] = -1
		case f != r:
			t.others[f] = append(t.others[f], r)
		}
	}
	return t
})

func foldSlow(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}
	if unicode.Is(unicode.Cf, r) || isVariationSelector(r) {
		return skip
	}
	if f := width.LookupRune(r).Folded(); f != 0 {
		r = f
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	// Upper then lower joins case variants that lower case alone keeps
	// apart: ſ and s, ς and σ, the Kelvin sign and k.
	return unicode.ToLower(unicode.ToUpper(r))
}

func isVariationSelector(r rune) bool {
	return (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0xE0100 && r <= 0xE01EF)
}

// foldWord folds every rune of s, drops the skipped ones and trims spaces.
func foldWord(s string) []rune {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if f := foldRune(r); f != skip {
			out = append(out, f)
		}
	}
	for len(out) > 0 && out[0] == ' ' {
		out = out[1:]
	}
	for len(out) > 0 && out[len(out)-1] == ' ' {
		out = out[:len(out)-1]
	}
	return out
}

// FoldString returns the form of s that matching compares: s folded rune by
// rune as described in the package comment, with the ends trimmed. A word
// hits wherever its FoldString appears, at word boundaries when it needs them.
func FoldString(s string) string {
	return string(foldWord(s))
}

// isWordRune reports whether a folded rune belongs to words that are written
// with spaces between them: letters, digits and marks, and '_', except in
// scripts written without spaces (Chinese, Japanese, Thai ...). A watched
// word that starts or ends with such a rune must not touch another one there.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '_' || 'A' <= r && r <= 'Z'
	}
	if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Bopomofo,
		unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
		return false
	}
	return unicode.In(r, unicode.L, unicode.N, unicode.M)
}

// joinsWord reports whether the first visible rune of s is a word rune.
func joinsWord(s string) bool {
	for _, r := range s {
		if f := foldRune(r); f != skip {
			return isWordRune(f)
		}
	}
	return false
}
