package fold

import (
	"testing"

	"golang.org/x/text/width"
)

func TestKey(t *testing.T) {
	cases := []struct{ in, want string }{
		{"ＡＢＣ", "abc"},
		{"  Fan   Club ", "fan club"},
		{"铁粉群　一号", "铁粉群 一号"}, // ideographic space
		{"Ｑｕｎｚｈｕ１２３", "qunzhu123"},
	}
	for _, c := range cases {
		if got := Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The fast path of caseFold and widthFold gives what the transformers give.
func TestFoldFreeAgreesWithTransformers(t *testing.T) {
	for _, s := range []string{"", "abc123", "王伟", "小明2024", "ABC", "Ａ", "王伟🌸", "ｱ", "铁粉　群", "é", "ß", "㐀", "\u9fff\u4e00", "a-b_c.d", "ǅ"} {
		if got, want := caseFold(s), caser.String(s); got != want {
			t.Errorf("caseFold(%q) = %q, want %q", s, got, want)
		}
		if got, want := widthFold(s), width.Fold.String(s); got != want {
			t.Errorf("widthFold(%q) = %q, want %q", s, got, want)
		}
	}
	if !foldFree("王伟abc1") || foldFree("王伟A") || foldFree("ｱ") || foldFree("王🌸") {
		t.Error("foldFree: plain text must be free and capitals, full-width and emoji must not")
	}
}
