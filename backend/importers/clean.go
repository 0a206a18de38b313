package importers

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean is what every cell goes through: invisible characters (zero-width
// spaces and joiners, word joiner, BOM, bidi controls, C0/C1 controls other
// than tab and newline) are removed and the ends are trimmed. A zero-width
// joiner between two emoji is kept, so 👨‍👩‍👧 stays one family.
func Clean(s string) string {
	if !hasInvisible(s) {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	for i, r := range s {
		if r == '\u200d' && isEmoji(prev) && isEmoji(nextRune(s[i+len("\u200d"):])) {
			b.WriteRune(r)
		} else if !isInvisible(r) {
			b.WriteRune(r)
		}
		prev = r
	}
	return strings.TrimSpace(b.String())
}

func hasInvisible(s string) bool {
	for _, r := range s {
		if isInvisible(r) {
			return true
		}
	}
	return false
}

func isInvisible(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20 || (r >= 0x7f && r <= 0x9f):
		return true
	case r >= 0x200b && r <= 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2060 && r <= 0x2069:
		return true
	}
	return r == '\ufeff' || r == utf8.RuneError
}

// isEmoji is true for pictographs, emoji modifiers and variation selector 16:
// what may stand before or after a joiner in an emoji sequence.
func isEmoji(r rune) bool {
	return r != utf8.RuneError && (unicode.In(r, unicode.So, unicode.Sk) || r == '\ufe0f')
}

func nextRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// oneLine turns the tabs and line breaks inside s into spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
