package chatlog

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"qunzhu/backend/fold"
)

// isMark reports the invisible characters exports put at line starts (the
// byte order mark, bidi marks, embeddings and isolates, zero-width spaces):
// fold.Invisible beyond ASCII, but not a replaced undecodable byte.
func isMark(r rune) bool {
	return r >= 0x80 && r != utf8.RuneError && fold.Invisible(r)
}

// trimMarks drops the marks at the start of b.
func trimMarks(b []byte) []byte {
	for len(b) > 0 && b[0] >= 0xc2 { // every mark is 2 or 3 bytes from 0xc2
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
