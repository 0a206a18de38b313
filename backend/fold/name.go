package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Name is a display name as it identifies a person: the text as written,
// in Unicode NFC, with the invisible characters that files and pastes carry
// removed (byte order mark, zero-width space, left-to-right and
// right-to-left marks, bidi embeddings, overrides and isolates, word joiner,
// C0/C1 controls; tabs and line breaks become spaces) and the ends trimmed.
// A zero-width joiner between two emoji is kept, so 👨‍👩‍👧 stays one family.
// Unlike Nick, Name never folds case, width, emoji or decorations away:
// "王伟" and "王伟🌸" are two names. "" means the name is empty.
func Name(s string) string {
	if isPlainName(s) {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	for i, r := range s {
		switch {
		case r == '\u200d':
			if JoinsEmoji(s, i, prev) {
				b.WriteRune(r)
			}
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case !Invisible(r):
			b.WriteRune(r)
		}
		prev = r
	}
	return strings.TrimSpace(norm.NFC.String(b.String()))
}

// isPlainName is true for text of ASCII letters, digits, punctuation and
// spaces and CJK unified ideographs only: NFC and the invisible marks leave
// it alone.
func isPlainName(s string) bool {
	for _, r := range s {
		if (r < 0x20 || r >= 0x7f) && (r < 0x4E00 || r > 0x9FFF) {
			return false
		}
	}
	return true
}

// Invisible is a character that changes how text is stored but not how it
// looks: C0 and C1 controls, zero-width spaces, non-joiners and joiners,
// left-to-right, right-to-left and Arabic letter marks, bidi embeddings,
// overrides and isolates, the word joiner and invisible operators, the
// byte order mark, and undecodable bytes. It is the one list every name,
// cell and line that comes in from a file or a paste is cleaned with;
// callers keep a joiner between two emoji (see JoinsEmoji) and decide
// about tabs and line breaks.
func Invisible(r rune) bool {
	switch {
	case r < 0x20 || (r >= 0x7f && r <= 0x9f):
		return true
	case r >= 0x200b && r <= 0x200f, r == 0x061c:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2060 && r <= 0x2069:
		return true
	}
	return r == '\ufeff' || r == utf8.RuneError
}

// JoinsEmoji tells whether the zero-width joiner at s[i] stands between
// two emoji (👨‍👩‍👧), where it is part of what the text shows; prev is the
// rune before it.
func JoinsEmoji(s string, i int, prev rune) bool {
	return isEmojiPart(prev) && isEmojiPart(firstRune(s[i+len("\u200d"):]))
}

// isEmojiPart is what may stand on either side of a joiner in an emoji
// sequence: pictographs, emoji modifiers and variation selector 16.
func isEmojiPart(r rune) bool {
	return r != utf8.RuneError && (unicode.In(r, unicode.So, unicode.Sk) || r == '\ufe0f')
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
