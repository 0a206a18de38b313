package keywords

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestDefaultsAreValid(t *testing.T) {
	for _, lang := range []string{"zh-CN", "zh-TW", "en"} {
		seen := map[string]bool{}
		m := New(Defaults(lang))
		for _, w := range Defaults(lang) {
			if err := w.Validate(); err != nil {
				t.Errorf("%s %q: %v", lang, w.Text, err)
			}
			if !slices.Contains(Categories, w.Category) || w.Category == Competitor {
				t.Errorf("%s %q: category %q", lang, w.Text, w.Category)
			}
			if w.Note == "" {
				t.Errorf("%s %q has no note", lang, w.Text)
			}
			key := FoldString(w.Text)
			if seen[key] {
				t.Errorf("%s lists %q twice", lang, w.Text)
			}
			seen[key] = true
			// Each word, alone, hits as itself.
			if hits := m.Find(w.Text); len(hits) != 1 || hits[0].Word != w {
				t.Errorf("%s: Find(%q) = %v", lang, w.Text, render(hits))
			}
		}
	}
}

func TestDefaultsChinese(t *testing.T) {
	cn, tw := Defaults("zh-CN"), Defaults("zh-TW")
	adlaw := 0
	for _, w := range cn {
		if w.Category == AdLaw {
			adlaw++
			if !strings.Contains(w.Note, "广告法") {
				t.Errorf("zh-CN %q: note %q names no article of the advertising law", w.Text, w.Note)
			}
		}
	}
	if adlaw < 40 {
		t.Errorf("zh-CN has %d advertising-law words, want at least 40", adlaw)
	}
	for _, want := range []string{"最", "最佳", "第一", "国家级", "顶级", "100%", "全网最低", "独一无二", "退款", "骗子", "垃圾", "投诉", "举报", "翻车", "割韭菜"} {
		if !slices.ContainsFunc(cn, func(w Word) bool { return w.Text == want }) {
			t.Errorf("zh-CN lacks %q", want)
		}
	}
	if len(tw) != len(cn) {
		t.Fatalf("zh-TW has %d words, zh-CN %d", len(tw), len(cn))
	}
	for i := range cn {
		c, w := cn[i], tw[i]
		if c.Category != w.Category || c.Severity != w.Severity || len([]rune(c.Text)) != len([]rune(w.Text)) {
			t.Errorf("zh-TW %q does not mirror zh-CN %q", w.Text, c.Text)
		}
		if c.Note == w.Note || strings.Contains(w.Note, "广告法") {
			t.Errorf("zh-TW %q keeps the simplified note %q", w.Text, w.Note)
		}
	}
	for simplified, traditional := range map[string]string{"国家级": "國家級", "全网最低价": "全網最低價", "骗子": "騙子", "药到病除": "藥到病除"} {
		i := slices.IndexFunc(cn, func(w Word) bool { return w.Text == simplified })
		if i < 0 || tw[i].Text != traditional {
			t.Errorf("zh-TW for %q is not %q", simplified, traditional)
		}
	}
}

func TestDefaultsFallBackAndCopy(t *testing.T) {
	if !slices.Equal(Defaults("fr"), Defaults("zh-CN")) {
		t.Error("an unknown language does not get the zh-CN list")
	}
	en := Defaults("en")
	en[0].Text = "changed"
	if Defaults("en")[0].Text == "changed" {
		t.Error("Defaults returns a shared slice")
	}
	for _, w := range en[1:] {
		for _, r := range w.Text {
			if unicode.Is(unicode.Han, r) {
				t.Errorf("en word %q is Chinese", w.Text)
			}
		}
	}
}

func TestDefaultsInMessages(t *testing.T) {
	m := New(Defaults("zh-CN"))
	cases := []struct {
		text string
		want []string
	}{
		{"姐妹们这是全网最低价！！最后一天", []string{"15:30:全网最低价", "36:39:最"}},
		{"这个产品国家级认证，１００％有效", []string{"12:21:国家级", "30:42:100%"}},
		{"上次买的翻车了，要退款，不然投诉", []string{"12:18:翻车", "27:33:退款", "42:48:投诉"}},
		{"今天直播几点开始呀", nil},
	}
	for _, c := range cases {
		if got := render(m.Find(c.text)); !slices.Equal(got, c.want) {
			t.Errorf("Find(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	en := New(Defaults("en"))
	got := render(en.Find("Best deal, #1 seller, 100% GUARANTEED refund; bestow #10"))
	want := []string{"0:4:best", "11:13:#1", "22:26:100%", "27:37:guaranteed", "38:44:refund"}
	if !slices.Equal(got, want) {
		t.Errorf("en: got %q, want %q", got, want)
	}
}
