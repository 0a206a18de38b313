package fold

import (
	"sync"
	"unicode"

	"github.com/longbridgeapp/opencc"
)

var (
	t2sOnce sync.Once
	t2s     *opencc.OpenCC // OpenCC's Traditional → Simplified, nil if it failed to load
	t2sRune sync.Map       // rune -> string: the Simplified form of one Han character
)

// Simplified writes each Traditional Chinese character of s in its
// Simplified form, character by character, with OpenCC's table (陳 → 陈,
// 廣告 → 广告, 頭髮 → 头发); where OpenCC lists several Simplified forms it
// takes the first (乾 → 干). Everything else is kept as it is, so
// Simplified of part of a name is part of Simplified of the name, which
// substring search relies on. The table loads on first use (about 3 ms).
func Simplified(s string) string {
	if !hasHan(s) {
		return s
	}
	out := make([]rune, 0, len(s)/3+1)
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			out = append(out, r)
			continue
		}
		out = append(out, []rune(simplifiedRune(r))...)
	}
	return string(out)
}

// simplifiedRune returns the Simplified form of the Han character r, cached.
func simplifiedRune(r rune) string {
	if v, ok := t2sRune.Load(r); ok {
		return v.(string)
	}
	s := string(r)
	if cc := converter(); cc != nil {
		if c, err := cc.Convert(s); err == nil && c != "" {
			s = c
		}
	}
	t2sRune.Store(r, s)
	return s
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
