package fold

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/width"
)

func FuzzFold(f *testing.F) {
	for _, s := range []string{"张三", "✨小 明✨", "ＡＢＣ😀", "  Tom_Lee ", "\xff\xfe", "👨‍👩‍👧", "a\x1fb", "\u0301", "單曉明", "曾解"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		nick, search, query := Nick(s), Search(s, s), Query(s)
		if caseFold(s) != caser.String(s) || widthFold(s) != width.Fold.String(s) {
			t.Fatalf("the fast path folds %q differently from the transformers", s)
		}
		full, initials := Pinyin(s)
		for _, out := range []string{nick, search, query, full, initials} {
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 %q from %q", out, s)
			}
		}
		if strings.Contains(query, Sep) {
			t.Fatalf("Query(%q) = %q holds the separator", s, query)
		}
		if query != "" && !strings.Contains(search, query) {
			t.Fatalf("Search(%q) = %q does not hold its Query %q", s, search, query)
		}
		for _, sp := range Spellings(s) {
			if sp == "" || !utf8.ValidString(sp) {
				t.Fatalf("Spellings(%q) holds %q", s, sp)
			}
		}
		if utf8.ValidString(s) && !utf8.ValidString(Simplified(s)) {
			t.Fatalf("Simplified(%q) is not UTF-8", s)
		}
		if Nick(nick) != nick {
			t.Fatalf("Nick is not idempotent on %q: %q -> %q", s, nick, Nick(nick))
		}
	})
}

func FuzzNickFastPath(f *testing.F) {
	f.Add("Tom_Lee 张三")
	f.Fuzz(func(t *testing.T, s string) {
		if fast, ok := plainNick(s); ok && fast != nickSlow(s) {
			t.Fatalf("plainNick(%q) = %q, slow path %q", s, fast, nickSlow(s))
		}
	})
}

func FuzzQueryFastPath(f *testing.F) {
	f.Add("Tom Lee\t01\x7f")
	f.Fuzz(func(t *testing.T, s string) {
		if isPlainASCII(s) && Query(s) != querySlow(s) {
			t.Fatalf("Query(%q) = %q, slow path %q", s, Query(s), querySlow(s))
		}
	})
}
