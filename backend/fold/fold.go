// Package fold turns names into comparison keys: width-folded (ＡＢＣ → abc),
// case-folded, with runs of spaces collapsed and the ends trimmed.
package fold

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/width"
)

var caser = cases.Fold()

// Key returns the comparison key of s.
func Key(s string) string {
	s = caseFold(widthFold(s))
	return strings.Join(strings.Fields(s), " ")
}

// caseFold folds case, leaving text that has none to fold as it is
// without the transformer's buffers.
func caseFold(s string) string {
	if foldFree(s) {
		return s
	}
	return caser.String(s)
}

// widthFold maps full-width and half-width forms to their canonical width.
func widthFold(s string) string {
	if foldFree(s) {
		return s
	}
	return width.Fold.String(s)
}

// foldFree tells whether width and case folding leave s as it is: s holds
// only ASCII without capitals and CJK unified ideographs, the common text
// of Chinese nicknames and ids. The x/text transformers allocate on every
// call, even when they change nothing; a member import calls them several
// times a row.
func foldFree(s string) bool {
	for _, r := range s {
		if (r >= utf8.RuneSelf && (r < 0x4E00 || r > 0x9FFF)) || ('A' <= r && r <= 'Z') {
			return false
		}
	}
	return true
}
