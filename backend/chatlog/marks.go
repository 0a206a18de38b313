package chatlog

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// isMark reports the invisible characters exports put at line starts: the
// byte order mark and the bidirectional marks, embeddings and isolates.
func isMark(r rune) bool {
	switch {
	case r == '\ufeff', r == '\u200e', r == '\u200f', r == '\u061c':
		return true
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// trimMarks drops the marks at the start of b.
func trimMarks(b []byte) []byte {
	for len(b) > 0 && b[0] >= 0xd8 { // every mark is 2 or 3 bytes from 0xd8
		r, n := utf8.DecodeRune(b)
		if !isMark(r) {
			break
		}
		b = b[n:]
	}
	return b
}

// trimMarksString drops the marks at the start of s.
func trimMarksString(s string) string {
	return strings.TrimLeftFunc(s, isMark)
}

// validText returns s as valid UTF-8 without marks at its start.
func validText(s string) string {
	s = trimMarksString(s)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\ufffd")
	}
	return s
}

// trimRightSpace drops trailing spaces and carriage returns.
func trimRightSpace(b []byte) []byte {
	return bytes.TrimRight(b, " \t\r")
}
