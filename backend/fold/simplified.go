package fold

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

var (
	t2sOnce sync.Once
	t2s     *opencc.OpenCC // OpenCC's Traditional → Simplified, nil if it failed to load

	// t2sTable caches simplifiedRune for the Han characters of the Basic
	// Multilingual Plane: 0 = not looked up yet. Other characters go
	// through t2sOther.
	t2sTable [t2sTableEnd - t2sTableStart]atomic.Int32
	t2sOther sync.Map // rune -> rune
)

const t2sTableStart, t2sTableEnd = 0x3400, 0xA000

// Simplified writes each Traditional Chinese character of s in its
// Simplified form, character by character, with OpenCC's table (陳 → 陈,
// 廣告 → 广告, 頭髮 → 头发); where OpenCC lists several Simplified forms it
// takes the first (乾 → 干). Everything else is kept as it is, so
// Simplified of part of a name is part of Simplified of the name, which
// substring search relies on. The table loads on first use (about 3 ms).
func Simplified(s string) string {
	i := firstHan(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if r >= utf8.RuneSelf && unicode.Is(unicode.Han, r) {
			r = simplifiedRune(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// simplifiedRune returns the Simplified form of the Han character r, cached.
func simplifiedRune(r rune) rune {
	if r >= t2sTableStart && r < t2sTableEnd {
		slot := &t2sTable[r-t2sTableStart]
		if v := slot.Load(); v != 0 {
			return rune(v)
		}
		s := lookUpSimplified(r)
		slot.Store(int32(s))
		return s
	}
	if v, ok := t2sOther.Load(r); ok {
		return v.(rune)
	}
	s := lookUpSimplified(r)
	t2sOther.Store(r, s)
	return s
}

// lookUpSimplified asks OpenCC for r's Simplified form; a character it
// writes as several characters (none in its table today) is kept as r.
func lookUpSimplified(r rune) rune {
	cc := converter()
	if cc == nil {
		return r
	}
	c, err := cc.Convert(string(r))
	if s, n := utf8.DecodeRuneInString(c); err == nil && n == len(c) && s != utf8.RuneError {
		return s
	}
	return r
}

// converter loads OpenCC's t2s tables once. They are embedded in the
// binary, so loading fails only if the package itself is broken; search
// then folds nothing instead of failing.
func converter() *opencc.OpenCC {
	t2sOnce.Do(func() {
		cc, err := opencc.New("t2s")
		if err == nil {
			t2s = cc
		}
	})
	return t2s
}
