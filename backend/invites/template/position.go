package template

import (
	"unicode/utf16"
	"unicode/utf8"
)

// Position is where a byte offset falls in a text: its line and column,
// counted in characters from 1, and its offset in UTF-16 code units (the
// way a browser's text area counts).
type Position struct {
	Line, Col int
	UTF16     int
}

// Locate returns the position of byte offset off in text (clamped).
func Locate(text string, off int) Position {
	off = min(max(off, 0), len(text))
	p := Position{Line: 1, Col: 1}
	for _, r := range text[:off] {
		if r == '\n' {
			p.Line, p.Col = p.Line+1, 1
		} else {
			p.Col++
		}
		if r == utf8.RuneError {
			p.UTF16++
			continue
		}
		p.UTF16 += utf16.RuneLen(r)
	}
	return p
}

// Length is the text's length in characters, as platforms count it.
func Length(text string) int { return utf8.RuneCountInString(text) }
