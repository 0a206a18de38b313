package jielong

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"qunzhu/backend/errs"
)

func read(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestParseLayouts(t *testing.T) {
	cases := []struct {
		file    string
		title   string
		topics  []string
		example string
		entries []string // "n:text"
		footer  string
	}{
		{"standard.txt", "周六直播选题投票", []string{"A. 新品试色", "B. 粉丝问答", "C. 幕后花絮"}, "小明 A",
			[]string{"1:阿花 A", "2:小红 选B", "3:Tom b+c", "4:李雷 投2号"}, ""},
		{"mention.txt", "周末团购", []string{"截止周五晚8点"}, "",
			[]string{"1:王姐 牛肉2斤\n要瘦一点的", "2:小李 羊肉1斤", "3:阿强 鸡翅"}, "以上，谢谢大家"},
		{"english.txt", "Weekend vote", nil, "Name + option", []string{"1:Amy A", "2:Ben C"}, ""},
		{"traditional.txt", "週末投票", nil, "名字 選項", []string{"1:小美 A", "2:阿明 B"}, ""},
		{"numbered_topics.txt", "选题投票：", []string{"1. 化妆教程", "2. 好物分享"}, "名字+序号",
			[]string{"1:小明 1", "2:小红 2"}, ""},
	}
	for _, c := range cases {
		n, err := Parse(read(t, c.file))
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
			continue
		}
		var got []string
		for _, e := range n.Entries {
			got = append(got, strings.Join([]string{itoa(e.N), e.Text}, ":"))
		}
		if c.topics == nil {
			c.topics = []string{}
		}
		if n.Title != c.title || !reflect.DeepEqual(n.Topics, c.topics) || n.Example != c.example ||
			!reflect.DeepEqual(got, c.entries) || n.Footer != c.footer {
			t.Errorf("%s:\n got title %q topics %q example %q entries %q footer %q\nwant title %q topics %q example %q entries %q footer %q",
				c.file, n.Title, n.Topics, n.Example, got, n.Footer, c.title, c.topics, c.example, c.entries, c.footer)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestParseNeedsHeader(t *testing.T) {
	_, err := Parse("周末投票\n1. 小明 A\n")
	if e := errs.As(err); err == nil || e.Key != "err.jielong.no_header" || e.Params["Line"] != 1 {
		t.Fatalf("err = %v", err)
	}
}

// A mention that is not only @names before the marker is no header.
func TestHeaderOnlyAfterMentions(t *testing.T) {
	if _, err := Parse("大家看 #接龙 很好用\n1. a\n"); err == nil {
		t.Fatal("a sentence mentioning #接龙 was read as a header")
	}
	n, err := Parse("@阿花 @小明 ＃接龙\n周日集合\n1. 阿花\n")
	if err != nil || n.Title != "周日集合" || len(n.Entries) != 1 {
		t.Fatalf("full-width header after two mentions: %+v %v", n, err)
	}
}

func TestGenerateParsesBack(t *testing.T) {
	tpl := Template{Title: "下周直播主题投票", Topics: []string{"A. 护肤", "B. 彩妆"}, Example: "昵称 A", Footer: "周五 20:00 截止"}
	text := Generate(tpl)
	if !strings.HasPrefix(text, "#接龙\n下周直播主题投票\n") {
		t.Fatalf("text %q", text)
	}
	filled := strings.Replace(text, "1. \n", "1. 阿花 A\n2. 小明 B\n", 1)
	n, err := Parse(filled)
	if err != nil {
		t.Fatal(err)
	}
	if n.Title != tpl.Title || n.Example != tpl.Example || !reflect.DeepEqual(n.Topics, tpl.Topics) ||
		len(n.Entries) != 2 || n.Entries[1].Text != "小明 B" || n.Footer != tpl.Footer {
		t.Fatalf("parsed back %+v", n)
	}
}

func TestEntrySeparators(t *testing.T) {
	n, err := Parse("#接龙\n报名\n1、阿花\n2) 小红\n3）Tom\n4．李雷\n")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range n.Entries {
		got = append(got, e.Text)
	}
	if strings.Join(got, ",") != "阿花,小红,Tom,李雷" {
		t.Fatalf("entries %q", got)
	}
}
