package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Nick returns the key under which two nicknames count as the same person
// when looking for duplicates. It folds width and case, applies NFKC (so
// decorative letters such as 𝐓𝐨𝐦 fold to tom), and keeps only letters of any
// script, digits and combining marks: emoji, pictographs, variation
// selectors, zero-width and control characters, spaces, punctuation and
// symbols are dropped. "✨小 明✨" → "小明", "ＡＢＣ😀" → "abc", " Tom_Lee " → "tomlee".
func Nick(s string) string {
	if k, ok := plainNick(s); ok {
		return k
	}
	return nickSlow(s)
}

func nickSlow(s string) string {
	s = caser.String(norm.NFKC.String(widthFold(s)))
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if keepInNick(r) {
			b.WriteRune(cherokeeFold(r))
		}
	}
	// Dropping a character can bring a mark next to a new base letter.
	return norm.NFC.String(b.String())
}

// plainNick is Nick for the common text made of ASCII and CJK unified
// ideographs only, which the Unicode transforms leave alone; ok is false
// for anything else.
func plainNick(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	for i, r := range s {
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			b = append(b, s[i:i+3]...)
		case r >= utf8.RuneSelf:
			return "", false
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			b = append(b, byte(r))
		case 'A' <= r && r <= 'Z':
			b = append(b, byte(r)+'a'-'A')
		}
	}
	return string(b), true
}

func keepInNick(r rune) bool {
	switch {
	case unicode.IsLetter(r), unicode.IsDigit(r):
		return true
	case isVariationSelector(r):
		return false
	default:
		return unicode.In(r, unicode.Mn, unicode.Mc)
	}
}

func isVariationSelector(r rune) bool {
	return (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0xE0100 && r <= 0xE01EF)
}

// cherokeeFold maps Cherokee letters to capitals, as Unicode case folding
// does; x/text's cases.Fold swaps capital and small instead, so folding
// twice would not give the same key.
func cherokeeFold(r rune) rune {
	if unicode.Is(unicode.Cherokee, r) {
		return unicode.ToUpper(r)
	}
	return r
}
