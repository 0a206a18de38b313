// Package fold turns names into comparison keys: width-folded (ＡＢＣ → abc),
// case-folded, with runs of spaces collapsed and the ends trimmed.
package fold

import (
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/width"
)

var caser = cases.Fold()

// Key returns the comparison key of s.
func Key(s string) string {
	s = width.Fold.String(s)
	s = caser.String(s)
	return strings.Join(strings.Fields(s), " ")
}
