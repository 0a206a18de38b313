package sheets

import (
	"strings"

	"qunzhu/backend/fold"
)

// Clean is what every cell goes through: the invisible characters of
// fold.Invisible other than tab and newline are removed and the ends are
// trimmed. A zero-width
// joiner between two emoji is kept, so 👨‍👩‍👧 stays one family.
func Clean(s string) string {
	if !hasInvisible(s) {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	for i, r := range s {
		if r == '\u200d' && fold.JoinsEmoji(s, i, prev) {
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

// isInvisible is fold.Invisible, keeping tabs and line breaks (oneLine
// turns them into spaces where a cell is one line).
func isInvisible(r rune) bool {
	return r != '\t' && r != '\n' && fold.Invisible(r)
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
