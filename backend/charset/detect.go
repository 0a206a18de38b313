package charset

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// sampleSize bounds how much of a file Detect scores.
const sampleSize = 1 << 20

// Detect names the encoding of b. A byte order mark decides. Without one,
// text whose zero bytes fall on every other byte is UTF-16 (see
// utf16ByZeros), and valid UTF-8 is UTF-8. Anything else is decoded as
// GB18030 and as Big5, and the decoding that reads more like Chinese text
// wins (see score), GB18030 on a tie. Only the first MiB is scored,
// up to its last line break.
func Detect(b []byte) string {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		return UTF8BOM
	case bytes.HasPrefix(b, bomUTF16LE):
		return UTF16LE
	case bytes.HasPrefix(b, bomUTF16BE):
		return UTF16BE
	}
	if enc := utf16ByZeros(b); enc != "" {
		return enc
	}
	if utf8.Valid(b) {
		return UTF8
	}
	sample := sampleOf(b)
	if score(Big5, sample) > score(GB18030, sample) {
		return Big5
	}
	return GB18030
}

// sampleOf is the start of b that Detect scores: all of it when small,
// else the first sampleSize bytes cut after their last line break (a line
// break is never part of a GB18030 or Big5 character).
func sampleOf(b []byte) []byte {
	if len(b) <= sampleSize {
		return b
	}
	head := b[:sampleSize]
	if i := bytes.LastIndexByte(head, '\n'); i > 0 {
		return head[:i+1]
	}
	return head
}

// Scores of one decoded character.
const (
	commonHanScore = 3  // one of the characters most Chinese text is made of
	punctScore     = 1  // CJK or full-width punctuation
	otherScore     = -1 // kana, Greek, bopomofo, box drawing ... in Chinese text
	invalidScore   = -8 // an invalid sequence or a private-use character
)

// score says how much b decoded as enc reads like Chinese text: common Han
// characters and CJK punctuation count for it, letters of other scripts
// and symbols against, invalid sequences and private-use characters (where
// GB18030 puts Big5's punctuation) much more against. Rarer Han
// characters, ASCII and emoji count for nothing. Decoding the other
// encoding's bytes gives rare characters, kana and private-use ones.
func score(enc string, b []byte) int {
	out, err := Of(enc).NewDecoder().Bytes(b)
	if err != nil {
		return minScore
	}
	total := 0
	for _, r := range string(out) {
		total += runeScore(r)
	}
	return total
}

const minScore = -1 << 31

func runeScore(r rune) int {
	switch {
	case r < utf8.RuneSelf:
		return 0
	case isCommonHan(r):
		return commonHanScore
	case r == utf8.RuneError, r >= 0xE000 && r <= 0xF8FF:
		return invalidScore
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF, r >= 0x2010 && r <= 0x2027:
		return punctScore
	case unicode.Is(unicode.Han, r), unicode.In(r, unicode.So, unicode.Sk), r > 0xFFFF:
		return 0
	}
	return otherScore
}
