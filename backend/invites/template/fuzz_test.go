package template

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{"[[嗨|你好]]{昵称|朋友}", "{{}}\\[[", "{a|b|c}", "[[a|[[b]]|c]]", "]]}{", "{\n}", "[[", "😀{备注}",
		"\\", "{x\\}", "[[{a}|{b|}]]", "\xff{\xfe}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		tpl := Parse(body)
		for _, p := range tpl.Problems {
			if p.Span.Start < 0 || p.Span.End > len(body) || p.Span.Start > p.Span.End {
				t.Fatalf("problem %s span %v outside %d bytes of %q", p.Key, p.Span, len(body), body)
			}
		}
		for i := 1; i < len(tpl.Problems); i++ {
			if tpl.Problems[i].Span.Start < tpl.Problems[i-1].Span.Start {
				t.Fatalf("problems out of order in %q", body)
			}
		}
		v := Values{Nickname: "小美"}
		a, b := tpl.Render(v, Seed{3, 4}), tpl.Render(v, Seed{3, 4})
		if a.Text != b.Text {
			t.Fatalf("render not stable for %q", body)
		}
		if utf8.ValidString(body) && !utf8.ValidString(a.Text) {
			t.Fatalf("render of valid %q is invalid %q", body, a.Text)
		}
		// Text without special characters renders as itself.
		if !strings.ContainsAny(body, special) && a.Text != body {
			t.Fatalf("plain %q rendered %q", body, a.Text)
		}
		// Escaped text reads back as itself, with no problems.
		if len(body) <= MaxBody/2 {
			e := Parse(Escape(body))
			if got := e.Render(nil, Seed{}).Text; got != body || len(e.Problems) > 0 {
				t.Fatalf("Escape(%q) renders %q, problems %v", body, got, e.Problems)
			}
		}
	})
}
