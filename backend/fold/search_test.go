package fold

import (
	"slices"
	"strings"
	"testing"
)

func TestSearch(t *testing.T) {
	cases := []struct {
		parts []string
		want  string
	}{
		{[]string{"张三"}, "张三\x1fzhangsan\x1fzs"},
		{[]string{"Tom Lee", "", "  "}, "tomlee"},
		{[]string{"小A同学", "VIP"}, "小a同学\x1fxiaoatongxue\x1fxatx\x1fvip"},
		{[]string{"ＡＢＣ"}, "abc"},
		{[]string{"陳小明"}, "陈小明\x1fchenxiaoming\x1fcxm"},
		{[]string{"曾"}, "曾\x1fceng\x1fc\x1fzeng\x1fz"},
		{[]string{"VIP单"}, "vip单\x1fvipdan\x1fvipd\x1fvipchan\x1fvipc\x1fvipshan\x1fvips"},
		{nil, ""},
	}
	for _, c := range cases {
		if got := Search(c.parts...); got != c.want {
			t.Errorf("Search(%q) = %q, want %q", c.parts, got, c.want)
		}
	}
}

func TestQueryMatches(t *testing.T) {
	text := Search("张三丰", "Tom Lee", "铁粉 VIP")
	cases := []struct {
		q    string
		want bool
	}{
		{"张三", true},
		{"zhang", true},
		{"ZSF", true},
		{"ｔｏｍ ｌｅｅ", true},
		{"tomlee", true},
		{"tie", true},
		{"tf", true},
		{"fenvip", true},
		{"leetie", false}, // never across parts
		{"lee\x1ftie", false},
		{"zhangsanfeng", true},
		{"wangwu", false},
	}
	for _, c := range cases {
		q := Query(c.q)
		if got := q != "" && strings.Contains(text, q); got != c.want {
			t.Errorf("query %q (%q) in %q = %v, want %v", c.q, q, text, got, c.want)
		}
	}
}

// Traditional and Simplified forms find each other, and every reading of
// a surname finds it.
func TestQueryFolding(t *testing.T) {
	cases := []struct {
		name, q string
		want    bool
	}{
		{"陳小明", "陈", true},
		{"陈小明", "陳", true},
		{"廣告小助手", "广告", true},
		{"广告小助手", "廣告", true},
		{"頭髮很長", "头发", true},
		{"单晓明", "shanxiaoming", true},
		{"单晓明", "danxiaoming", true},
		{"单晓明", "shan", true},
		{"单晓明", "sxm", true},
		{"單曉明", "shan", true},
		{"曾小贤", "zeng", true},
		{"曾小贤", "ceng", true},
		{"解晓东", "xie", true},
		{"解晓东", "jiexiao", true},
		{"解晓东", "xiexiaodong", true},
		{"小单", "xiaoshan", false}, // only the first character spells every reading
		{"小单", "xiaodan", true},
		{"王伟", "chen", false},
	}
	for _, c := range cases {
		text, q := Search(c.name), Query(c.q)
		if got := q != "" && strings.Contains(text, q); got != c.want {
			t.Errorf("query %q (%q) in %q = %v, want %v", c.q, q, text, got, c.want)
		}
	}
}

func TestSpellings(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"张三", []string{"zhangsan", "zs"}},
		{"解东", []string{"jiedong", "jd", "xiedong", "xd"}},
		{"A曾1", []string{"aceng1", "ac1", "azeng1", "az1"}},
		{"Tom", []string{"tom"}},
		{"", nil},
	}
	for _, c := range cases {
		if got := Spellings(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Spellings(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestQuery(t *testing.T) {
	cases := []struct{ in, want string }{
		{" Tom  Lee ", "tomlee"},
		{"ＺＳ", "zs"},
		{"a\x1fb", "ab"},
		{"小\u200b明", "小明"},
		{"陳 Ｔｏｍ", "陈tom"},
		{"", ""},
	}
	for _, c := range cases {
		if got := Query(c.in); got != c.want {
			t.Errorf("Query(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func BenchmarkSearch(b *testing.B) {
	for b.Loop() {
		Search("单晓明123", "铁粉", "u00001234")
	}
}
