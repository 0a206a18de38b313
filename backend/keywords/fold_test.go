package keywords

import (
	"strings"
	"testing"
	"unicode"

	"qunzhu/backend/errs"
)

func TestFoldString(t *testing.T) {
	cases := []struct{ in, want string }{
		{"ＡＢＣ", "abc"},
		{"１００％", "100%"},
		{"Best", "best"},
		{"ｶﾀｶﾅ", "カタカナ"},
		{"退\u200b款\ufeff", "退款"},
		{"❤\ufe0f", "❤"},
		{"  lowest\u3000PRICE\u00a0 ", "lowest price"},
		{"ſ ς \u212a", "s σ k"}, // long s, final sigma, Kelvin sign
		{"繁體 简体", "繁體 简体"},
		{"\u200b \u200d", ""},
	}
	for _, c := range cases {
		if got := FoldString(c.in); got != c.want {
			t.Errorf("FoldString(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Folding a folded rune changes nothing, and the BMP table agrees with the
// rules it caches.
func TestFoldRuneIsStable(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		f := foldRune(r)
		if r < 0x10000 && f != foldSlow(r) {
			t.Fatalf("table folds %U to %U, rules to %U", r, f, foldSlow(r))
		}
		if f != skip && foldRune(f) != f {
			t.Fatalf("%U folds to %U, which folds to %U", r, f, foldRune(f))
		}
	}
}

func TestIsWordRune(t *testing.T) {
	for _, r := range "azAZ09_éжαـ\u0301" {
		if !isWordRune(r) {
			t.Errorf("%q is not a word rune", r)
		}
	}
	for _, r := range "最カかㄅก #%-.,!？。😀 \u3000" {
		if isWordRune(r) {
			t.Errorf("%q is a word rune", r)
		}
	}
}

func TestWordNormalize(t *testing.T) {
	w := Word{Text: "  最佳 ", Category: " AdLaw ", Note: " 第九条 "}
	w.Normalize()
	if w != (Word{Text: "最佳", Category: AdLaw, Note: "第九条"}) {
		t.Errorf("Normalize = %+v", w)
	}
	w = Word{Text: "x", Category: "brand"}
	if w.Normalize(); w.Category != Custom {
		t.Errorf("unknown category became %q, want %q", w.Category, Custom)
	}
}

func TestWordValidate(t *testing.T) {
	cases := []struct {
		w      Word
		fields []string
	}{
		{Word{Text: "最佳", Severity: SeverityWarn}, nil},
		{Word{Text: " \u200b", Severity: SeverityNote}, []string{"text"}},
		{Word{Text: strings.Repeat("长", MaxText+1), Severity: SeverityAct}, []string{"text"}},
		{Word{Text: "退款", Severity: 0}, []string{"severity"}},
		{Word{Text: "", Severity: 4}, []string{"text", "severity"}},
	}
	for _, c := range cases {
		err := c.w.Validate()
		if len(c.fields) == 0 {
			if err != nil {
				t.Errorf("Validate(%+v) = %v, want nil", c.w, err)
			}
			continue
		}
		e := errs.As(err)
		if e.Code != errs.Invalid || len(e.Fields) != len(c.fields) {
			t.Errorf("Validate(%+v) = %v, want invalid %v", c.w, err, c.fields)
			continue
		}
		for _, f := range c.fields {
			if _, ok := e.Fields[f]; !ok {
				t.Errorf("Validate(%+v) = %v, want a problem with %s", c.w, err, f)
			}
		}
	}
}
