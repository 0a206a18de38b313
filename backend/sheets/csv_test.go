package sheets

import (
	"reflect"
	"strings"
	"testing"

	"qunzhu/backend/errs"
)

func TestReadCSV(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		headers []string
		rows    [][]string
		lines   []int
	}{
		{"comma", "a,b\n1,2\n", []string{"a", "b"}, [][]string{{"1", "2"}}, []int{2}},
		{"crlf and no final newline", "a,b\r\n1,2\r\n3,4", []string{"a", "b"}, [][]string{{"1", "2"}, {"3", "4"}}, []int{2, 3}},
		{"semicolon", "a;b;c\n1;2,5;3\n", []string{"a", "b", "c"}, [][]string{{"1", "2,5", "3"}}, []int{2}},
		{"tab", "昵称\t备注\n张三\t老粉, 常驻\n", []string{"昵称", "备注"}, [][]string{{"张三", "老粉, 常驻"}}, []int{2}},
		{"quoted comma and newline", "name,notes\n\"Lee, Tom\",\"line1\nline2\"\nAnn,x\n",
			[]string{"name", "notes"}, [][]string{{"Lee, Tom", "line1\nline2"}, {"Ann", "x"}}, []int{2, 3}},
		{"quoted quote", "name\n\"say \"\"hi\"\"\"\n", []string{"name"}, [][]string{{`say "hi"`}}, []int{2}},
		{"lazy quote", "name\nab\"c\n", []string{"name"}, [][]string{{`ab"c`}}, []int{2}},
		{"blank and empty rows keep numbers", "a,b\n\n1,2\n,\n  ,  \n3,4\n\n\n",
			[]string{"a", "b"}, [][]string{{"1", "2"}, {"3", "4"}}, []int{3, 6}},
		{"leading blank lines", "\n\na,b\n1,2\n", []string{"a", "b"}, [][]string{{"1", "2"}}, []int{4}},
		{"short rows padded", "a,b,c\n1\n1,2\n", []string{"a", "b", "c"}, [][]string{{"1", "", ""}, {"1", "2", ""}}, []int{2, 3}},
		{"wide rows widen headers", "a\n1,2\n", []string{"a", ""}, [][]string{{"1", "2"}}, []int{2}},
		{"trailing empty columns dropped", "a,b,,\n1,2,,\n", []string{"a", "b"}, [][]string{{"1", "2"}}, []int{2}},
		{"single column", "昵称\n张三\n李四\n", []string{"昵称"}, [][]string{{"张三"}, {"李四"}}, []int{2, 3}},
		{"zero-width and emoji", "\ufeff昵称\n\u200b✨小明✨\u200d\n👨\u200d👩\u200d👧\n",
			[]string{"昵称"}, [][]string{{"✨小明✨"}, {"👨\u200d👩\u200d👧"}}, []int{2, 3}},
		{"classic mac line ends", "a,b\r1,2\r", []string{"a", "b"}, [][]string{{"1", "2"}}, []int{2}},
		{"row after multi-line cell", "a,b\n\"x\ny\nz\",1\n\n2,3\n",
			[]string{"a", "b"}, [][]string{{"x\ny\nz", "1"}, {"2", "3"}}, []int{2, 4}},
		{"our export's formula guard undone", "昵称,备注\n'=1+1,'-2\n'abc,'\n", []string{"昵称", "备注"},
			[][]string{{"=1+1", "-2"}, {"'abc", "'"}}, []int{2, 3}},
	}
	for _, c := range cases {
		tb, err := ReadCSV([]byte(c.in))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !reflect.DeepEqual(tb.Headers, c.headers) || !reflect.DeepEqual(tb.Rows, c.rows) || !reflect.DeepEqual(tb.Lines, c.lines) {
			t.Errorf("%s:\n got %q %q %v\nwant %q %q %v", c.name, tb.Headers, tb.Rows, tb.Lines, c.headers, c.rows, c.lines)
		}
	}
}

func TestReadCSVErrors(t *testing.T) {
	cases := []struct{ name, in, key string }{
		{"empty", "", "err.import.empty"},
		{"bom only", "\ufeff", "err.import.empty"},
		{"blank lines", "\n \r\n,,\n", "err.import.empty"},
		{"header only", "昵称,抖音号\n", "err.import.no_rows"},
		{"header and blanks", "昵称,抖音号\n\n,\n", "err.import.no_rows"},
		{"not text", "\x81\x20\x81\x20", "err.import.encoding"},
	}
	for _, c := range cases {
		_, err := Read("members.csv", []byte(c.in), "")
		if e := errs.As(err); err == nil || e.Key != c.key || e.Code != errs.Invalid {
			t.Errorf("%s: err = %v, want %s", c.name, err, c.key)
		}
		if c.in != "" {
			if _, err := ReadCSV([]byte(c.in)); errs.As(err).Key != c.key {
				t.Errorf("%s: ReadCSV err = %v, want %s", c.name, err, c.key)
			}
		}
	}
}

func TestSniffDelimiter(t *testing.T) {
	cases := []struct {
		in   string
		want rune
	}{
		{"a,b,c\n1,2,3\n", ','},
		{"a;b;c\n1;2,5;3\n4;5;6\n", ';'},
		{"a\tb\n1,5\t2\n", '\t'},
		{"\"a;b\",c\n1,2\n", ','},
		{"name\nTom\n", ','},
		{"a,b;c;d\n1,2;3;4\n5,6;7;8\n", ';'}, // more columns on a tie
		{"a;b\n1;2\n3;4\nx,y;z\n", ';'},
	}
	for _, c := range cases {
		if got := sniffDelimiter(c.in); got != c.want {
			t.Errorf("sniffDelimiter(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestReadCSVLarge(t *testing.T) {
	b := memberCSV(100_000)
	if len(b) < 10<<20 {
		t.Fatalf("generated %d bytes, want at least 10 MB", len(b))
	}
	tb, err := ReadCSV(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.Rows) != 100_000 || tb.Lines[len(tb.Lines)-1] != 100_001 || len(tb.Headers) != len(memberHeaders) {
		t.Fatalf("rows %d, last line %d, headers %q", len(tb.Rows), tb.Lines[len(tb.Lines)-1], tb.Headers)
	}
	recs, bad := Records(tb, GuessMapping(tb.Headers), Options{Now: testNow})
	if len(recs) != 100_000 || len(bad) != 0 {
		t.Fatalf("records %d, problems %d (first %v)", len(recs), len(bad), first(bad))
	}
	if !strings.HasPrefix(recs[99_999].Nickname, "粉丝99999") || recs[99_999].Row != 100_001 {
		t.Errorf("last record = %+v", recs[99_999])
	}
}

func first(p []RowError) any {
	if len(p) == 0 {
		return nil
	}
	return p[0]
}
