package fold

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

var (
	readingsArgs  = pinyin.Args{Style: pinyin.Normal, Heteronym: true}
	readingsCache sync.Map // rune -> []string: every toneless reading
)

// Spellings are the pinyin forms a part of a name is searched by: its full
// pinyin and initials (see Pinyin), then the same again for every other
// reading of its first Han character, which is the surname when the part is
// a Chinese name: 单晓明 → danxiaoming, dxm, chanxiaoming, cxm,
// shanxiaoming, sxm. So both shan and dan find 单, zeng and ceng 曾, xie
// and jie 解. The other characters keep their first reading: spelling every
// combination would grow without bound. Spellings are distinct; none is
// empty.
func Spellings(s string) []string {
	return spellings(caseFold(widthFold(s)))
}

// spellings is Spellings for text already width- and case-folded.
func spellings(s string) []string {
	i := firstHan(s)
	if i < 0 {
		full, initials := spell(s)
		return distinctNonEmpty(nil, full, initials)
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	preFull, preInitials := spell(s[:i])
	restFull, restInitials := spell(s[i+size:])
	readings := hanReadings(r)
	if len(readings) == 0 { // a character without a reading spells as itself
		readings = []string{s[i : i+size]}
	}
	out := make([]string, 0, 2*len(readings))
	for _, p := range readings {
		out = distinctNonEmpty(out, preFull+p+restFull, preInitials+firstLetter(p)+restInitials)
	}
	return out
}

// firstLetter is the first character of a reading (the whole character
// when the "reading" is a Han character without one).
func firstLetter(p string) string {
	_, n := utf8.DecodeRuneInString(p)
	return p[:n]
}

// hanReadings lists every toneless reading of a Han character, the first
// reading (hanReading's) first; nil when it has none. Cached.
func hanReadings(r rune) []string {
	if v, ok := readingsCache.Load(r); ok {
		return v.([]string)
	}
	var out []string
	if first := hanReading(r); first != "" {
		out = distinctNonEmpty(out, first)
		out = distinctNonEmpty(out, pinyin.SinglePinyin(r, readingsArgs)...)
	}
	readingsCache.Store(r, out)
	return out
}

// firstHan is the byte offset of the first Han character of s, or -1.
func firstHan(s string) int {
	for i, r := range s {
		if r >= utf8.RuneSelf && unicode.Is(unicode.Han, r) {
			return i
		}
	}
	return -1
}

// distinctNonEmpty appends the strings of ss that are neither empty nor in out yet.
func distinctNonEmpty(out []string, ss ...string) []string {
	for _, s := range ss {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
