package sheets

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkTable asserts what every Table promises: rectangular, one row
// number per row, increasing, valid UTF-8 cells.
func checkTable(t *testing.T, tb Table, firstRow int) {
	t.Helper()
	if len(tb.Lines) != len(tb.Rows) {
		t.Fatalf("%d rows but %d row numbers", len(tb.Rows), len(tb.Lines))
	}
	prev := firstRow - 1
	for i, row := range tb.Rows {
		if len(row) != len(tb.Headers) {
			t.Fatalf("row %d has %d cells, headers %d", i, len(row), len(tb.Headers))
		}
		if tb.Lines[i] <= prev {
			t.Fatalf("row numbers not increasing: %v", tb.Lines)
		}
		prev = tb.Lines[i]
		for _, c := range row {
			if !utf8.ValidString(c) {
				t.Fatalf("invalid UTF-8 cell %q", c)
			}
		}
	}
}

func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{"a,b\n1,2\n", "name,notes\n\"Lee, Tom\",\"x\ny\"\n", "a;b\n1;2", "\ufeff昵称\t抖音号\n张三\tdy1\n",
		"\"\n\n\"", "a\r1\r", "\xff\xfe\x41\x00", "a,b\n\n\n,\n1"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tb, err := ReadCSV(b)
		if err != nil {
			return
		}
		checkTable(t, tb, 2)
		if tb.Encoding == "" || len(tb.Rows) == 0 {
			t.Fatalf("encoding %q, %d rows", tb.Encoding, len(tb.Rows))
		}
		text, _, _ := Decode(b)
		lines := max(strings.Count(text, "\n"), strings.Count(text, "\r")) + 1
		if last := tb.Lines[len(tb.Lines)-1]; last > lines {
			t.Fatalf("row %d of a %d-line file", last, lines)
		}
	})
}

func FuzzReadText(f *testing.F) {
	for _, s := range []string{"张三\n李四", "张三,dy1\r\n李四，dy2", "a\tb\tc", "\n\n,\n", "\u200b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tb := ReadText(s)
		checkTable(t, tb, 1)
		lines := 1
		for _, c := range s {
			if c == '\n' || c == '\r' {
				lines++
			}
		}
		if n := len(tb.Lines); n > 0 && tb.Lines[n-1] > lines {
			t.Fatalf("line %d of %d", tb.Lines[n-1], lines)
		}
	})
}

func FuzzRecords(f *testing.F) {
	f.Add("张三,dy1,抖音,120天,2024/1/2,Lv.5,是,评论,老粉,三哥,说明", uint64(0x0123456789a))
	f.Add(",,火星,abc,45292,100,也许,广告,a;b;a,,", uint64(0xa987654321))
	f.Add("\u200b,\xff,,-1,2099-01-01,lv,,,,,", uint64(7))
	f.Fuzz(func(t *testing.T, line string, seed uint64) {
		cells := strings.Split(line, ",")
		tb := Table{Headers: make([]string, len(cells)), Rows: [][]string{cells, cells, cells}, Lines: []int{2, 3, 5}}
		recs, bad := Records(tb, mappingFrom(seed, len(tb.Headers)+1), Options{Now: testNow})
		if len(recs)+countRows(bad) != len(tb.Rows) {
			t.Fatalf("%d records + %d bad rows != %d rows", len(recs), countRows(bad), len(tb.Rows))
		}
		for _, r := range recs {
			if !slices.Contains(tb.Lines, r.Row) || r.Nickname == "" || !utf8.ValidString(r.Nickname) {
				t.Fatalf("record %+v, lines %v", r, tb.Lines)
			}
		}
		for _, p := range bad {
			if !slices.Contains(tb.Lines, p.Row) || !slices.Contains(Fields, p.Field) || p.Key == "" {
				t.Fatalf("problem %+v, lines %v", p, tb.Lines)
			}
		}
	})
}

// mappingFrom maps each field to a column (possibly out of range or
// unmapped) chosen by 4 bits of seed.
func mappingFrom(seed uint64, columns int) Mapping {
	m := Mapping{}
	for i, f := range Fields {
		m[f] = int(seed>>(4*i)&0xF)%(columns+1) - 1
	}
	return m
}

func countRows(bad []RowError) int {
	n, last := 0, -1
	for _, p := range bad {
		if p.Row != last {
			n, last = n+1, p.Row
		}
	}
	return n
}
