package fold

import (
	"strings"
	"unicode"
)

// Sep separates the parts of a Search text. Query removes it (it is a
// control character), so a query never matches across two parts.
const Sep = "\x1f"

// Search builds the text a list is searched in: for each non-empty part its
// Query form (Key without spaces), followed, when the part has Han
// characters, by its full pinyin and its initials, all joined by Sep.
// Search("张三", "Tom Lee") = "张三\x1fzhangsan\x1fzs\x1ftomlee".
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
		if hasHan(p) {
			full, initials := Pinyin(p)
			out = appendNonEmpty(out, full, initials)
		}
	}
	return strings.Join(out, Sep)
}

// Query folds a search query the way Search folds its parts: width- and
// case-folded, with spaces, control and format (zero-width) characters removed.
func Query(q string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.In(r, unicode.Cc, unicode.Cf) {
			return -1
		}
		return r
	}, caser.String(widthFold(q)))
}

func appendNonEmpty(out []string, ss ...string) []string {
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
