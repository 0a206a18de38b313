package template

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"qunzhu/locales"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// recipients are the members every golden template is rendered for: one
// with every field, one with an emoji nickname and empty fields, one with
// a Latin nickname.
var recipients = []struct {
	id     int64
	values Values
}{
	{1, Values{Nickname: "小美", Remark: "美美", DaysFollowed: "120", FanLevel: "12", IronFan: "是",
		Group: "铁粉一群", JoinCode: "芝麻开门", Creator: "阿May", Platform: "douyin", PlatformID: "dy123", Tags: "美妆"}},
	{2, Values{Nickname: "🌸Lily🌸", Group: "铁粉一群", JoinCode: "芝麻开门", Creator: "阿May"}},
	{3, Values{Nickname: "Tom", Remark: "", DaysFollowed: "3", FanLevel: "1", Group: "Fan club", Creator: "May"}},
}

// TestGolden parses and renders testdata/golden/LANG.NAME.tmpl and compares
// the problems (with their positions and messages in LANG) and the texts
// with LANG.NAME.golden. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.tmpl")
	langs := map[string]int{}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".tmpl")
		lang, _, _ := strings.Cut(name, ".")
		if !slices.Contains(locales.Languages, lang) {
			t.Fatalf("%s: name it LANG.NAME.tmpl", f)
		}
		langs[lang]++
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := dump(string(body), lang)
			want := strings.TrimSuffix(f, ".tmpl") + ".golden"
			if *update {
				os.WriteFile(want, []byte(got), 0o644)
				return
			}
			w, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(w) {
				t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", want, got, w)
			}
		})
	}
	for _, lang := range locales.Languages {
		if langs[lang] < 3 {
			t.Errorf("%s has %d golden templates, want at least 3", lang, langs[lang])
		}
	}
}

// dump is the golden text: problems, then each recipient's text twice
// (rendering again must give the same variations).
func dump(body, lang string) string {
	var b strings.Builder
	tpl := Parse(strings.TrimSuffix(body, "\n"))
	fmt.Fprintf(&b, "fields: %s\nvariations: %d (skeletons %d)\n", strings.Join(tpl.Fields(), ","), tpl.Choices, tpl.Variants(1000))
	writeProblems(&b, tpl.Body, tpl.Problems, lang)
	for _, r := range recipients {
		out := tpl.Render(r.values, Seed{Template: 7, Member: r.id})
		again := tpl.Render(r.values, Seed{Template: 7, Member: r.id})
		if again.Text != out.Text {
			fmt.Fprintf(&b, "UNSTABLE\n")
		}
		fmt.Fprintf(&b, "== member %d (%d chars)\n%s\n", r.id, Length(out.Text), out.Text)
		writeProblems(&b, tpl.Body, out.Problems, lang)
	}
	return b.String()
}

func writeProblems(b *strings.Builder, body string, ps []Problem, lang string) {
	for _, p := range ps {
		from, to := Locate(body, p.Span.Start), Locate(body, p.Span.End)
		fmt.Fprintf(b, "%s %d:%d-%d:%d %s: %s\n", p.Level, from.Line, from.Col, to.Line, to.Col,
			p.Key, locales.Localize(lang, p.Key, p.Params))
	}
}
