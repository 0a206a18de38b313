package lottery

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func FuzzKey(f *testing.F) {
	for _, s := range [][2]string{{"9319", "2 5 12 8 10"}, {"9 18 26 34 41 45", "00 007.50 3.0"}, {"ＡＢ，１２", "x、y；z"},
		{"…", ""}, {"1.2.3", ".5"}, {"12345678901234567890123", "abc-def"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		key, err := Key([]Source{{Values: a}, {Values: b}})
		if err != nil {
			return
		}
		if strings.Count(key, "/") != 2 || !strings.HasSuffix(key, "/") {
			t.Fatalf("key %q of %q, %q: want two sources each ending in /", key, a, b)
		}
		for _, r := range key {
			if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '/') {
				t.Fatalf("key %q holds %q", key, r)
			}
		}
		// The values of a source are sorted: their order does not matter.
		vals := SplitValues(a)
		slices.Reverse(vals)
		again, err := Key([]Source{{Values: strings.Join(vals, " ")}, {Values: b}})
		if err != nil || again != key {
			t.Fatalf("reversed values of %q give %q, %v; want %q", a, again, err, key)
		}
	})
}

func FuzzSplitValues(f *testing.F) {
	for _, s := range []string{"1 2,3", "１２　３４", "a、b;c；d，e", "  ", "\u00a0x\u2003y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range SplitValues(s) {
			if tok == "" || strings.ContainsAny(tok, ",、;；") || strings.IndexFunc(tok, unicode.IsSpace) >= 0 {
				t.Fatalf("SplitValues(%q) gave token %q", s, tok)
			}
		}
	})
}

func FuzzReadList(f *testing.F) {
	for _, s := range []string{"阿花\n小红\r\nTom\n", "\uFEFF张三\n\n 李四 \n", "a\tb\rc", "", "\n\n\n", strings.Repeat("x", 70<<10)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		list, err := ReadList(bytes.NewReader(b))
		if err != nil {
			return
		}
		for _, e := range list {
			if e == "" || e != CleanEntry(e) || strings.ContainsAny(e, "\r\n") {
				t.Fatalf("entry %q is not clean", e)
			}
		}
		// The canonical text reads back as the same list.
		again, err := ReadList(strings.NewReader(ListText(list)))
		if err != nil || !slices.Equal(again, list) {
			t.Fatalf("ListText of %q reads back as %q, %v", list, again, err)
		}
	})
}
