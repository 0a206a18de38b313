package invites

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"qunzhu/backend/invites/template"
	"qunzhu/locales"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestChecksGolden runs the checks before sending over
// testdata/checks/LANG.NAME.tmpl (a template; the ad-law list is the
// curated one, reasons in LANG) and compares with LANG.NAME.golden.
func TestChecksGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/checks/*.tmpl")
	if len(files) < 3 {
		t.Fatalf("%d golden files", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".tmpl")
		lang, _, _ := strings.Cut(name, ".")
		t.Run(name, func(t *testing.T) {
			body, _ := os.ReadFile(f)
			got := checkDump(strings.TrimSuffix(string(body), "\n"), lang)
			want := strings.TrimSuffix(f, ".tmpl") + ".golden"
			if *update {
				os.WriteFile(want, []byte(got), 0o644)
				return
			}
			w, err := os.ReadFile(want)
			if err != nil || got != string(w) {
				t.Errorf("%s differs (%v):\n--- got\n%s\n--- want\n%s", want, err, got, w)
			}
		})
	}
}

func checkDump(body, lang string) string {
	st := defaults()
	st.Limits["douyin"] = 60
	c := NewChecker(st, lang)
	tpl := template.Parse(body)
	var b strings.Builder
	for _, p := range c.Body(tpl) {
		from := template.Locate(body, p.Span.Start)
		fmt.Fprintf(&b, "body %d:%d %q %s\n", from.Line, from.Col, body[p.Span.Start:p.Span.End], locales.Localize(lang, p.Key, p.Params))
	}
	text := tpl.Render(template.Values{template.Nickname: "小美", template.Group: "铁粉一群"}, template.Seed{Template: 1, Member: 1}).Text
	fmt.Fprintf(&b, "== text (%d chars)\n%s\n", template.Length(text), text)
	for _, p := range c.Text(text, "douyin") {
		from := template.Locate(text, p.Span.Start)
		fmt.Fprintf(&b, "text %d:%d %s\n", from.Line, from.Col, locales.Localize(lang, p.Key, p.Params))
	}
	return b.String()
}
