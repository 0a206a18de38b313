package template

import (
	"strings"
	"testing"
	"unicode/utf8"

	"qunzhu/locales"
)

func TestPickIsStableAndSpread(t *testing.T) {
	tpl := Parse("[[嗨|你好|哈喽]]，{昵称|朋友}")
	counts := map[string]int{}
	for id := int64(1); id <= 3000; id++ {
		a := tpl.Render(Values{Nickname: "甲"}, Seed{Template: 9, Member: id})
		b := tpl.Render(Values{Nickname: "乙乙乙", Remark: "x"}, Seed{Template: 9, Member: id})
		greetA, _, _ := strings.Cut(a.Text, "，")
		greetB, _, _ := strings.Cut(b.Text, "，")
		if greetA != greetB {
			t.Fatalf("member %d: variation changed with the values: %q vs %q", id, a.Text, b.Text)
		}
		counts[greetA]++
	}
	for _, g := range []string{"嗨", "你好", "哈喽"} {
		if counts[g] < 800 || counts[g] > 1200 {
			t.Errorf("%s picked %d times of 3000, want about 1000 (%v)", g, counts[g], counts)
		}
	}
	// Another template picks independently.
	same := 0
	for id := int64(1); id <= 300; id++ {
		if (Seed{9, id}).Pick(0, 3) == (Seed{10, id}).Pick(0, 3) {
			same++
		}
	}
	if same > 150 {
		t.Errorf("templates 9 and 10 agree for %d of 300 members", same)
	}
}

func TestPickKnownValues(t *testing.T) {
	// Fixed: changing the hash would re-shuffle every stored queue.
	cases := []struct {
		seed     Seed
		index, n int
		want     int
	}{
		{Seed{1, 1}, 0, 3, 2},
		{Seed{7, 42}, 1, 5, 3},
		{Seed{123, 456789}, 3, 7, 4},
		{Seed{-1, 0}, 0, 2, 1},
		{Seed{7, 42}, 2, 1, 0},
		{Seed{7, 42}, 2, 0, 0},
	}
	for _, c := range cases {
		if got := c.seed.Pick(c.index, c.n); got != c.want || got < 0 || (c.n > 0 && got >= c.n) {
			t.Errorf("Pick(%v, %d, %d) = %d, want %d", c.seed, c.index, c.n, got, c.want)
		}
	}
}

func TestEscapeRoundTrip(t *testing.T) {
	for _, s := range []string{"{昵称}", "[[a|b]]", `a\b`, "}}{{", "😀|", "普通文字"} {
		tpl := Parse(Escape(s))
		if len(tpl.Problems) > 0 {
			t.Errorf("Parse(Escape(%q)) problems %v", s, tpl.Problems)
		}
		if got := tpl.Render(nil, Seed{}).Text; got != s {
			t.Errorf("Escape(%q) renders %q", s, got)
		}
	}
}

func TestLocate(t *testing.T) {
	body := "a😀\n你{x}"
	cases := []struct {
		off       int
		line, col int
		utf16     int
	}{
		{0, 1, 1, 0}, {1, 1, 2, 1}, {5, 1, 3, 3}, {6, 2, 1, 4}, {9, 2, 2, 5}, {100, 2, 5, 8},
	}
	for _, c := range cases {
		p := Locate(body, c.off)
		if p.Line != c.line || p.Col != c.col || p.UTF16 != c.utf16 {
			t.Errorf("Locate(%d) = %+v, want %d:%d utf16 %d", c.off, p, c.line, c.col, c.utf16)
		}
	}
}

func TestVeryLongBody(t *testing.T) {
	unit := "[[嗨|你好]]{昵称|朋友}，欢迎😀！"
	body := strings.Repeat(unit, 1400) // 63 KB, just under MaxBody
	tpl := Parse(body)
	if len(tpl.Problems) != 0 || tpl.Choices != 1400 {
		t.Fatalf("problems %d, choices %d", len(tpl.Problems), tpl.Choices)
	}
	out := tpl.Render(Values{Nickname: "小美"}, Seed{1, 2})
	if n := strings.Count(out.Text, "小美，欢迎😀！"); n != 1400 {
		t.Errorf("rendered %d greetings, want 1400", n)
	}
	huge := Parse(strings.Repeat("最", MaxBody)) // 3 bytes each: over the limit
	if len(huge.Problems) != 1 || huge.Problems[0].Key != "ui.invites.check.too_big" {
		t.Fatalf("huge problems = %v", huge.Problems)
	}
	if got := huge.Render(nil, Seed{}).Text; !utf8.ValidString(got) || len(got) > MaxBody {
		t.Errorf("huge render is %d bytes, valid %v", len(got), utf8.ValidString(got))
	}
}

func TestFieldsAndSkeleton(t *testing.T) {
	tpl := Parse("{昵称}{nickname}{群口令}[[a|{备注|x}]]")
	if got := strings.Join(tpl.Fields(), ","); got != "nickname,joinCode,remark" {
		t.Errorf("Fields = %s", got)
	}
	a := tpl.Render(Values{Nickname: "甲"}, Seed{1, 1})
	b := tpl.Render(Values{Nickname: "乙"}, Seed{1, 1})
	if a.Skeleton != b.Skeleton || a.Text == b.Text {
		t.Errorf("skeletons %q %q, texts %q %q", a.Skeleton, b.Skeleton, a.Text, b.Text)
	}
}

func TestCatalogFieldNamesAreAliases(t *testing.T) {
	for _, lang := range locales.Languages {
		for _, key := range Known {
			name := locales.Localize(lang, "ui.invites.field."+key, nil)
			if got := Lookup(name); got != key {
				t.Errorf("%s: the editor's name %q for %s looks up as %q", lang, name, key, got)
			}
		}
	}
}
