// Package jielong reads and writes WeChat 接龙 (group note) texts: a
// "#接龙" header, topic lines, an optional "例" template line, numbered
// entries and an optional footer.
package jielong

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"qunzhu/backend/errs"
)

// Entry is one numbered line, with any lines it ran onto.
type Entry struct {
	N    int    `json:"n"`
	Text string `json:"text"`
	Line int    `json:"line"` // 1-based line of the number
}

// Note is a parsed 接龙.
type Note struct {
	Title   string   `json:"title"`
	Topics  []string `json:"topics"` // topic lines after the title
	Example string   `json:"example"`
	Entries []Entry  `json:"entries"`
	Footer  string   `json:"footer"`
}

// headers are the markers a 接龙 starts with, in the clients' languages.
var headers = []string{"#接龙", "#接龍", "#group note", "#groupnote", "#solitaire"}

// Parse reads a 接龙 text. Anything before the header (a forwarded
// message's sender line) is ignored; without a header the text is
// refused, naming the first line.
func Parse(text string) (Note, error) {
	lines := splitLines(text)
	start, rest, ok := findHeader(lines)
	if !ok {
		return Note{}, errs.New(errs.Invalid, "err.jielong.no_header", errs.Params{"Line": 1})
	}
	p := parser{}
	if rest != "" {
		p.topic(rest)
	}
	for i := start + 1; i < len(lines); i++ {
		p.line(lines[i], i+1)
	}
	return p.finish(), nil
}

func splitLines(text string) []string {
	text = strings.TrimPrefix(text, "\uFEFF")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	return strings.Split(strings.ReplaceAll(text, "\r", "\n"), "\n")
}

// findHeader finds the header line; rest is what follows the marker on
// that line (a title written on the same line). An @mention may come first.
func findHeader(lines []string) (idx int, rest string, ok bool) {
	for i, l := range lines {
		orig := []rune(l)
		low := []rune(strings.ToLower(width.Narrow.String(l)))
		if len(low) != len(orig) { // narrowing keeps one rune per rune; be safe
			continue
		}
		for _, h := range headers {
			j := runeIndex(low, []rune(h))
			if j >= 0 && onlyMentions(string(low[:j])) {
				return i, strings.TrimSpace(string(orig[j+len([]rune(h)):])), true
			}
		}
	}
	return 0, "", false
}

func runeIndex(s, sub []rune) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if string(s[i:i+len(sub)]) == string(sub) {
			return i
		}
	}
	return -1
}

// onlyMentions: nothing but @names and spaces before the marker.
func onlyMentions(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	for _, f := range strings.FieldsFunc(s, unicode.IsSpace) {
		if !strings.HasPrefix(f, "@") {
			return false
		}
	}
	return true
}
