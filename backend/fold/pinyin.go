package fold

import (
	"strings"
	"sync"
	"unicode"

	"github.com/mozillazg/go-pinyin"
)

var (
	pinyinArgs  = pinyin.NewArgs() // Normal style: toneless, first reading
	pinyinCache sync.Map           // rune -> string ("" when the rune has no reading)
)

// Pinyin spells s in toneless pinyin: full joins each Han character's first
// reading (张三 → zhangsan), initials takes the first letter of each
// (张三 → zs). Other letters and digits are kept in both, width- and
// case-folded (小A同学 → xiaoatongxue, xatx); everything else is dropped.
// A Han character without a known reading is kept as itself.
func Pinyin(s string) (full, initials string) {
	return spell(caseFold(widthFold(s)))
}

// spell is Pinyin for text already width- and case-folded.
func spell(s string) (full, initials string) {
	var f, i strings.Builder
	f.Grow(len(s) * 2)
	i.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			p := hanReading(r)
			if p == "" {
				f.WriteRune(r)
				i.WriteRune(r)
				continue
			}
			f.WriteString(p)
			i.WriteByte(p[0])
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			f.WriteRune(r)
			i.WriteRune(r)
		}
	}
	return f.String(), i.String()
}

// hanReading returns the toneless first reading of a Han character, cached.
func hanReading(r rune) string {
	if v, ok := pinyinCache.Load(r); ok {
		return v.(string)
	}
	p := ""
	if ps := pinyin.SinglePinyin(r, pinyinArgs); len(ps) > 0 {
		p = ps[0]
	}
	pinyinCache.Store(r, p)
	return p
}
