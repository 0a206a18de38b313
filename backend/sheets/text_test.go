package sheets

import (
	"reflect"
	"testing"
)

func TestReadText(t *testing.T) {
	cases := []struct {
		name  string
		in    string
		rows  [][]string
		lines []int
	}{
		{"names", "张三\n李四\n", [][]string{{"张三", ""}, {"李四", ""}}, []int{1, 2}},
		{"comma", "张三,dy001\r\n李四,dy002", [][]string{{"张三", "dy001"}, {"李四", "dy002"}}, []int{1, 2}},
		{"full-width comma", "张三，dy001\n", [][]string{{"张三", "dy001"}}, []int{1}},
		{"tab", "张三\t10001\t多余\n", [][]string{{"张三", "10001"}}, []int{1}},
		{"name with comma", "Lee, Tom,u9\n", [][]string{{"Lee, Tom", "u9"}}, []int{1}},
		{"blank lines keep numbers", "\n  \n张三\n\n\u200b\n李四 , u2 \n", [][]string{{"张三", ""}, {"李四", "u2"}}, []int{3, 6}},
		{"id only", ",u3\n", [][]string{{"", "u3"}}, []int{1}},
		{"emoji", "✨小明✨\n", [][]string{{"✨小明✨", ""}}, []int{1}},
		{"empty", "", nil, nil},
	}
	for _, c := range cases {
		tb := ReadText(c.in)
		if !reflect.DeepEqual(tb.Headers, TextHeaders) || !reflect.DeepEqual(tb.Rows, c.rows) || !reflect.DeepEqual(tb.Lines, c.lines) {
			t.Errorf("%s: got %q %q %v, want %q %v", c.name, tb.Headers, tb.Rows, tb.Lines, c.rows, c.lines)
		}
	}
}

func TestReadTextRecords(t *testing.T) {
	tb := ReadText("张三\n\n,dy9\n李四，dy2\n\t\n")
	recs, bad := Records(tb, GuessMapping(tb.Headers), Options{Platform: "抖音", Now: testNow})
	if len(bad) != 0 || len(recs) != 3 {
		t.Fatalf("records %+v problems %+v", recs, bad)
	}
	want := []struct {
		nick, id string
		row      int
	}{{"张三", "", 1}, {"dy9", "dy9", 3}, {"李四", "dy2", 4}}
	for i, w := range want {
		r := recs[i]
		if r.Nickname != w.nick || r.PlatformID != w.id || r.Row != w.row || r.Platform != "douyin" || r.Source != "import" {
			t.Errorf("record %d = %+v, want %+v", i, r, w)
		}
	}
}
