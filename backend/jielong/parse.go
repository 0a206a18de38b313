package jielong

import (
	"fmt"
	"strings"

	"golang.org/x/text/width"
)

type parser struct {
	note    Note
	title   bool // the title is read
	inEntry bool // the last line was an entry or its continuation
	blank   bool // a blank line since the last entry line
	footer  []string
}

func (p *parser) line(raw string, no int) {
	l := strings.TrimSpace(strings.TrimRight(raw, "\u200b"))
	if l == "" {
		p.blank = p.inEntry || p.blank
		return
	}
	n, text, ok := numbered(l)
	if ok && n == 1 && len(p.note.Entries) > 0 {
		p.demote() // the numbered lines so far were the topics (options)
	}
	if ex, isEx := example(l); isEx && len(p.note.Entries) > 0 && !ok {
		p.demote()
		p.note.Example = ex
		return
	}
	if ok && n == len(p.note.Entries)+1 {
		p.flushFooter()
		p.note.Entries = append(p.note.Entries, Entry{N: n, Text: text, Line: no})
		p.inEntry, p.blank = true, false
		return
	}
	switch {
	case p.inEntry && !p.blank:
		e := &p.note.Entries[len(p.note.Entries)-1]
		e.Text = joinText(e.Text, l)
	case len(p.note.Entries) > 0:
		p.footer = append(p.footer, l)
	default:
		p.topic(l)
	}
}

// topic takes a line before the entries: the title, the 例 line, topics.
func (p *parser) topic(l string) {
	if ex, ok := example(l); ok {
		p.note.Example = ex
		return
	}
	if !p.title {
		p.note.Title, p.title = l, true
		return
	}
	p.note.Topics = append(p.note.Topics, l)
}

// flushFooter: lines after a blank that turn out to precede another entry
// belong to the entry before them after all.
func (p *parser) flushFooter() {
	if len(p.footer) == 0 || len(p.note.Entries) == 0 {
		return
	}
	e := &p.note.Entries[len(p.note.Entries)-1]
	for _, l := range p.footer {
		e.Text = joinText(e.Text, l)
	}
	p.footer = nil
}

// demote turns the entries read so far, and any lines after them, into
// topic lines: a list numbered from 1 again means the first was the topic.
func (p *parser) demote() {
	for _, e := range p.note.Entries {
		p.topic(fmt.Sprintf("%d. %s", e.N, strings.ReplaceAll(e.Text, "\n", " ")))
	}
	for _, l := range p.footer {
		p.topic(l)
	}
	p.note.Entries, p.footer, p.inEntry, p.blank = nil, nil, false, false
}

func (p *parser) finish() Note {
	p.note.Footer = strings.Join(p.footer, "\n")
	kept := p.note.Entries[:0]
	for _, e := range p.note.Entries {
		if strings.TrimSpace(e.Text) != "" {
			kept = append(kept, e)
		}
	}
	p.note.Entries = kept
	if p.note.Topics == nil {
		p.note.Topics = []string{}
	}
	if p.note.Entries == nil {
		p.note.Entries = []Entry{}
	}
	return p.note
}

func joinText(a, b string) string {
	if a == "" {
		return b
	}
	return a + "\n" + b
}

// numbered reads "N. text", "N.text", "N、text", "N) text" and "N．text" (full width).
func numbered(l string) (n int, text string, ok bool) {
	i := 0
	for i < len(l) && l[i] >= '0' && l[i] <= '9' {
		n = n*10 + int(l[i]-'0')
		i++
		if i > 5 {
			return 0, "", false
		}
	}
	if i == 0 {
		return numberedWide(l)
	}
	rest := l[i:]
	for _, sep := range []string{".", "．", "、", ")", "）"} {
		if strings.HasPrefix(rest, sep) {
			return n, strings.TrimSpace(rest[len(sep):]), n > 0
		}
	}
	return 0, "", false
}

// numberedWide reads an entry numbered in full-width digits.
func numberedWide(l string) (int, string, bool) {
	if l == "" || l[0] < 0x80 {
		return 0, "", false
	}
	end := 0
	for i, r := range l {
		if r < '０' || r > '９' {
			end = i
			break
		}
		end = i + len(string(r))
	}
	if end == 0 {
		return 0, "", false
	}
	n, text, ok := numbered(width.Narrow.String(l[:end]) + l[end:])
	return n, text, ok
}

// example reads the template line: "例 …", "例：…", "例如…", "例子…",
// "Example: …"; "例会…" (a word starting with 例) is a topic.
func example(l string) (string, bool) {
	for _, p := range []string{"例如", "例子", "e.g.", "eg:"} {
		if strings.HasPrefix(strings.ToLower(l), p) {
			return strings.TrimLeft(l[len(p):], " :：\t"), true
		}
	}
	for _, p := range []string{"例", "example", "Example"} {
		rest, ok := strings.CutPrefix(l, p)
		if ok && rest != "" && strings.ContainsRune(" :：\t", []rune(rest)[0]) {
			return strings.TrimLeft(rest, " :：\t"), true
		}
	}
	return "", false
}
