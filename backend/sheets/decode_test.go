package sheets

import (
	"slices"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"qunzhu/backend/charset"
	"qunzhu/backend/errs"
)

const sample = "昵称,抖音号\n张三✨,dy123\n"

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

func TestDecode(t *testing.T) {
	gbkText := "昵称,抖音号\n张三,dy123\n" // GBK has no emoji
	le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	cases := []struct {
		name, want, enc string
		in              []byte
	}{
		{"utf-8", sample, charset.UTF8, []byte(sample)},
		{"utf-8 bom", sample, charset.UTF8BOM, append([]byte{0xEF, 0xBB, 0xBF}, sample...)},
		{"gbk", gbkText, charset.GB18030, encode(t, simplifiedchinese.GBK, gbkText)},
		{"gb18030 emoji", sample, charset.GB18030, encode(t, simplifiedchinese.GB18030, sample)},
		{"utf-16le bom", sample, charset.UTF16LE, append([]byte{0xFF, 0xFE}, encode(t, le, sample)...)},
		{"utf-16be bom", sample, charset.UTF16BE, append([]byte{0xFE, 0xFF}, encode(t, be, sample)...)},
		{"utf-16le no bom", "Nickname\tUID\n张三\t1\n", charset.UTF16LE, encode(t, le, "Nickname\tUID\n张三\t1\n")},
		{"utf-16be no bom", "Nickname\tUID\n张三\t1\n", charset.UTF16BE, encode(t, be, "Nickname\tUID\n张三\t1\n")},
		{"ascii", "a,b\n", charset.UTF8, []byte("a,b\n")},
		{"empty", "", charset.UTF8, nil},
		{"big5", "暱稱,抖音號\n陳大文,dy123\n", charset.Big5, encode(t, traditionalchinese.Big5, "暱稱,抖音號\n陳大文,dy123\n")},
	}
	for _, c := range cases {
		got, enc, err := Decode(c.in)
		if err != nil || got != c.want || enc != c.enc {
			t.Errorf("%s: Decode = %q, %q, %v; want %q, %q", c.name, got, enc, err, c.want, c.enc)
		}
	}
}

func TestDecodeInvalid(t *testing.T) {
	cases := map[string][]byte{
		"gb18030 garbage":     {'a', 0x81, 0x20, 'b'},
		"bad utf-8 after bom": {0xEF, 0xBB, 0xBF, 'a', 0xFF},
		"odd utf-16":          {0xFF, 0xFE, 'a', 0, 'b'},
		"lone surrogate":      {0xFF, 0xFE, 0x00, 0xD8, 'a', 0},
	}
	for name, in := range cases {
		_, _, err := Decode(in)
		if e := errs.As(err); err == nil || e.Code != errs.Invalid || e.Key != "err.import.encoding" {
			t.Errorf("%s: err = %v, want invalid err.import.encoding", name, err)
		}
	}
}

func TestReadCSVEncodings(t *testing.T) {
	le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	tsv := "昵称\t抖音号\n张三\tdy123\n"
	cases := map[string][]byte{
		"gbk":      encode(t, simplifiedchinese.GBK, "昵称,抖音号\r\n张三,dy123\r\n"),
		"utf-16":   append([]byte{0xFF, 0xFE}, encode(t, le, tsv)...),
		"utf-8bom": append([]byte{0xEF, 0xBB, 0xBF}, "昵称,抖音号\n张三,dy123"...),
	}
	for name, in := range cases {
		tb, err := ReadCSV(in)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if tb.Headers[0] != "昵称" || tb.Rows[0][0] != "张三" || tb.Rows[0][1] != "dy123" || tb.Lines[0] != 2 {
			t.Errorf("%s: got %q %q %v", name, tb.Headers, tb.Rows, tb.Lines)
		}
	}
}

// A Big5 CSV, as Excel saves it on a Traditional Chinese Windows, reads
// with its names intact.
func TestReadCSVBig5(t *testing.T) {
	in := encode(t, traditionalchinese.Big5, "暱稱,抖音號,備註\r\n陳大文,dy001,老粉絲\r\n單曉明,dy002,「官方」\r\n")
	tb, err := ReadCSV(in)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"陳大文", "dy001", "老粉絲"}, {"單曉明", "dy002", "「官方」"}}
	if tb.Encoding != charset.Big5 || tb.Headers[0] != "暱稱" || !slices.EqualFunc(tb.Rows, want, slices.Equal) {
		t.Errorf("got %s %q %q", tb.Encoding, tb.Headers, tb.Rows)
	}
}
