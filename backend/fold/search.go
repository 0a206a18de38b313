package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sep separates the parts of a Search text. Query removes it (it is a
// control character), so a query never matches across two parts.
const Sep = "\x1f"

// SearchVersion numbers the way Search and Query fold. It goes up whenever
// they change, so that texts stored by an older version are rebuilt.
// Version 2 folds Traditional to Simplified and spells every reading of
// the first Han character.
const SearchVersion = 2

// Search builds the text a list is searched in: for each non-empty part its
// Query form (Key without spaces, Traditional characters in their
// Simplified form), followed, when the part has Han characters, by its
// Spellings, all joined by Sep.
// Search("張三", "Tom Lee") = "张三\x1fzhangsan\x1fzs\x1ftomlee".
//
// A query q matches when strings.Contains(Search(parts...), Query(q)) and
// Query(q) is not empty.
func Search(parts ...string) string {
	var out []string
	for _, p := range parts {
		q := Query(p)
		if q == "" {
			continue
		}
		out = append(out, q)
		if firstHan(q) >= 0 {
			out = distinctNonEmpty(out, spellings(q)...)
		}
	}
	return strings.Join(out, Sep)
}

// Query folds a search query the way Search folds its parts: Traditional
// characters in their Simplified form, width- and case-folded, with spaces,
// control and format (zero-width) characters removed.
func Query(q string) string {
	if isPlainASCII(q) {
		return strings.Map(func(r rune) rune {
			switch {
			case r <= ' ' || r == 0x7f:
				return -1
			case 'A' <= r && r <= 'Z':
				return r + 'a' - 'A'
			}
			return r
		}, q)
	}
	return querySlow(q)
}

func querySlow(q string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.In(r, unicode.Cc, unicode.Cf) {
			return -1
		}
		return r
	}, caseFold(widthFold(Simplified(q))))
}

// isPlainASCII is true for printable ASCII text with spaces, which Query
// only lowercases and removes spaces and controls from.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
