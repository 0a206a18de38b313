package keywords

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// words makes a watch list of plain texts.
func words(texts ...string) []Word {
	out := make([]Word, len(texts))
	for i, t := range texts {
		out[i] = Word{Text: t, Category: Custom, Severity: SeverityWarn}
	}
	return out
}

// render shows hits as "start:end:word", the form the tables below use.
func render(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, fmt.Sprintf("%d:%d:%s", h.Start, h.End, h.Word.Text))
	}
	return out
}

func TestFind(t *testing.T) {
	cases := []struct {
		name  string
		words []string
		text  string
		want  []string
	}{
		{"overlapping words, longest wins", []string{"最", "最佳", "最低价"},
			"这是最低价，最佳选择，最近", []string{"6:15:最低价", "18:24:最佳", "33:36:最"}},
		{"prefix of a longer word only", []string{"最", "最低价"}, "最低的", []string{"0:3:最"}},
		{"back to back", []string{"最", "最佳", "最低价"}, "最低价最佳最", []string{"0:9:最低价", "9:15:最佳", "15:18:最"}},
		{"leftmost beats longer later", []string{"一二", "二三四"}, "一二三四", []string{"0:6:一二"}},
		{"longer word found later starts earlier", []string{"二三", "一二三四"}, "一二三四", []string{"0:12:一二三四"}},
		{"fall back to the shorter word", []string{"二三", "一二三五"}, "一二三四", []string{"3:9:二三"}},
		{"overlap is dropped", []string{"退款", "款式"}, "退款式", []string{"0:6:退款"}},
		{"full width", []string{"100%", "abc"}, "１００％好评ＡＢＣ", []string{"0:12:100%", "18:27:abc"}},
		{"half width katakana", []string{"カタカナ"}, "ｶﾀｶﾅ!", []string{"0:12:カタカナ"}},
		{"mixed case", []string{"best"}, "The BEST price, Best ever, bEsT",
			[]string{"4:8:best", "16:20:best", "27:31:best"}},
		{"sharp s", []string{"straße"}, "STRAẞE", []string{"0:8:straße"}},
		{"ideographic space in a phrase", []string{"lowest price"}, "ＬＯＷＥＳＴ　ＰＲＩＣＥ", []string{"0:36:lowest price"}},
		{"latin word boundaries", []string{"best"}, "bestow best_seller best-seller bestbest 1best",
			[]string{"19:23:best"}},
		{"symbol then digit", []string{"#1"}, "#1 #10 a#1", []string{"0:2:#1", "8:10:#1"}},
		{"digits need boundaries", []string{"12315"}, "打12315投诉 0123156", []string{"3:8:12315"}},
		{"percent ends without a boundary", []string{"100%"}, "1100% 100%好", []string{"6:10:100%"}},
		{"chinese matches anywhere", []string{"第一"}, "abc第一def第一", []string{"3:9:第一", "12:18:第一"}},
		{"latin next to chinese", []string{"best"}, "最best的", []string{"3:7:best"}},
		{"accented letter continues a word", []string{"cafe"}, "café cafe\u0301 cafe.", []string{"13:17:cafe"}},
		{"emoji around words", []string{"best", "退款"}, "😀best😀 👍🏽退款🙏",
			[]string{"4:8:best", "21:27:退款"}},
		{"zero width around words", []string{"best", "最佳"}, "\u200bbest\u200d \ufeff最佳\ufe0f",
			[]string{"3:7:best", "14:20:最佳"}},
		{"zero width inside a word", []string{"退款"}, "退\u200b款", []string{"0:9:退款"}},
		{"zero width does not make a boundary", []string{"best"}, "best\u200bow", nil},
		{"invalid utf-8 around", []string{"退款"}, "\xff退款\xfe", []string{"1:7:退款"}},
		{"words are trimmed, empty ones dropped", []string{"  ", "\u200b", " 退款 "}, "退款", []string{"0:6: 退款 "}},
		{"no words", nil, "退款", nil},
		{"empty text", []string{"退款"}, "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := render(New(words(c.words...)).Find(c.text))
			if !slices.Equal(got, c.want) {
				t.Errorf("Find(%q) with %q\n got %q\nwant %q", c.text, c.words, got, c.want)
			}
		})
	}
}

func TestFindKeepsTheStrongestOfAlikeWords(t *testing.T) {
	m := New([]Word{
		{Text: "Best", Severity: SeverityNote, Note: "first"},
		{Text: "ｂｅｓｔ", Severity: SeverityAct, Note: "strongest"},
		{Text: "BEST", Severity: SeverityAct, Note: "later equal"},
	})
	hits := m.Find("best")
	if len(hits) != 1 || hits[0].Word.Note != "strongest" {
		t.Fatalf("Find = %+v, want the one word noted strongest", hits)
	}
}

func TestFindLongWords(t *testing.T) {
	long := strings.Repeat("长", 100) // longer than Find's stack ring
	m := New(words(long, "长长x", "ab"))
	text := "ab " + long + "长长x"
	got := render(m.Find(text))
	want := []string{"0:2:ab", fmt.Sprintf("3:%d:%s", 3+len(long), long), fmt.Sprintf("%d:%d:长长x", 3+len(long), len(text))}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestFindManyCandidates(t *testing.T) {
	var ws []string
	for n := 1; n <= 20; n++ {
		ws = append(ws, strings.Repeat("哈", n))
	}
	text := strings.Repeat("哈", 45)
	got := render(New(words(ws...)).Find(text))
	want := []string{"0:60:" + ws[19], "60:120:" + ws[19], "120:135:" + ws[4]}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestFindIsConcurrent(t *testing.T) {
	m := New(Defaults("zh-CN"))
	done := make(chan []string)
	for range 8 {
		go func() { done <- render(m.Find("全网最低价，假一赔十，最佳")) }()
	}
	want := []string{"0:15:全网最低价", "33:39:最佳"}
	for range 8 {
		if got := <-done; !slices.Equal(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

func TestFindAllocatesOnlyForHits(t *testing.T) {
	m := New(Defaults("zh-CN"))
	if n := testing.AllocsPerRun(100, func() { m.Find("今天天气很好，大家晚上见 😀 ok") }); n != 0 {
		t.Errorf("Find without hits allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { m.Find("最佳最佳最佳最佳最佳最佳最佳最佳最佳最佳") }); n > 3 {
		t.Errorf("Find with ten hits allocates %v times", n)
	}
}
