package keywords

import "unicode/utf8"

// Ellipsis marks where Context cut the text.
const Ellipsis = "…"

// Context returns the hit with up to runes characters of text on each side,
// with Ellipsis where the text goes on. It cuts only between runes, even
// for a hit whose offsets fall inside one, and never panics on offsets out
// of range.
func Context(text string, h Hit, runes int) string {
	return Around(text, h, runes).String()
}

// runeStart clamps i to text and moves it back to the start of its rune
// (by at most utf8.UTFMax-1 bytes, so stray continuation bytes stay apart).
func runeStart(text string, i int) int {
	i = min(max(i, 0), len(text))
	for k := 0; k < utf8.UTFMax-1 && i > 0 && i < len(text) && !utf8.RuneStart(text[i]); k++ {
		i--
	}
	return i
}

// runeEnd clamps i to text and moves it on to the start of the next rune.
func runeEnd(text string, i int) int {
	i = min(max(i, 0), len(text))
	for k := 0; k < utf8.UTFMax-1 && i < len(text) && !utf8.RuneStart(text[i]); k++ {
		i++
	}
	return i
}
