package fold

import (
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

func TestQuery(t *testing.T) {
	cases := []struct{ in, want string }{
		{" Tom  Lee ", "tomlee"},
		{"ＺＳ", "zs"},
		{"a\x1fb", "ab"},
		{"小\u200b明", "小明"},
		{"", ""},
	}
	for _, c := range cases {
		if got := Query(c.in); got != c.want {
			t.Errorf("Query(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
