package charset

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// The texts the fixtures in testdata hold (written by Python's codecs).
const (
	membersTraditional = "暱稱,抖音號,備註\r\n陳大文,dy001,老粉絲\r\n單曉明,dy002,\r\n曾小賢,dy003,鐵粉，週末直播\r\n解曉東,dy004,\r\n廣告小號,dy005,「官方」帳號\r\n"
	membersSimplified  = "昵称,抖音号,备注\r\n陈大文,dy001,老粉丝\r\n单晓明,dy002,\r\n曾小贤,dy003,铁粉，周末直播\r\n解晓东,dy004,\r\n广告小号,dy005,“官方”账号\r\n"
)

func TestDecodeFixtures(t *testing.T) {
	tsv := strings.ReplaceAll(membersSimplified, ",", "\t")
	tests := []struct{ file, enc, want string }{
		{"members_big5.csv", Big5, membersTraditional},
		{"members_gbk.csv", GB18030, membersSimplified},
		{"members_utf8.csv", UTF8, membersSimplified},
		{"members_utf8_bom.csv", UTF8BOM, membersSimplified},
		{"members_utf16le.txt", UTF16LE, tsv},
		{"members_utf16be.txt", UTF16BE, tsv},
		{"members_utf16le_nobom.txt", UTF16LE, tsv},
	}
	for _, tt := range tests {
		b, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		text, enc, err := Decode(b)
		if err != nil || enc != tt.enc || text != tt.want {
			t.Errorf("Decode(%s) = %q, %q, %v; want %q, %q", tt.file, text, enc, err, tt.want, tt.enc)
		}
	}
}

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

// Short texts are the hard case: a name or two, with no punctuation.
func TestDetectShortTexts(t *testing.T) {
	simplified := []string{"陈", "张三", "王伟", "李娜", "刘洋", "单晓明", "曾小贤", "解晓东", "广告",
		"铁粉群", "小红", "阿强", "欢迎新朋友", "大家好", "昵称", "周杰伦", "粉丝团等级", "是否铁粉",
		"张三\n李四\n王五\n", "开心", "东方", "黄", "龙"}
	traditional := []string{"陳大文", "張三", "王偉", "李娜", "劉洋", "單曉明", "曾小賢", "解曉東", "廣告",
		"鐵粉群", "小紅", "阿強", "歡迎新朋友", "大家好", "暱稱,抖音號", "周杰倫", "粉絲團等級", "是否鐵粉",
		"張三\n李四\n王五\n", "謝謝你", "開心", "東方", "黃小姐", "龍"}
	for _, s := range simplified {
		if got := Detect(encode(t, simplifiedchinese.GBK, s)); got != GB18030 {
			t.Errorf("Detect(GBK %q) = %s", s, got)
		}
	}
	for _, s := range traditional {
		if got := Detect(encode(t, traditionalchinese.Big5, s)); got != Big5 {
			t.Errorf("Detect(Big5 %q) = %s", s, got)
		}
	}
}

// Where both readings are common characters the bytes cannot tell, and
// GB18030 wins: Big5 陳 is GB18030 朝, Big5 謝謝 is GB18030 谅谅. And bytes
// that are valid UTF-8 are UTF-8: GBK 谢谢 is also UTF-8 лл.
func TestDetectAmbiguous(t *testing.T) {
	tests := []struct {
		in   []byte
		want string
	}{
		{encode(t, traditionalchinese.Big5, "陳"), GB18030},
		{encode(t, traditionalchinese.Big5, "謝謝"), GB18030},
		{encode(t, simplifiedchinese.GBK, "谢谢"), UTF8},
	}
	for _, tt := range tests {
		if got := Detect(tt.in); got != tt.want {
			t.Errorf("Detect(% x) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestDetectEmojiAndFourByteGB18030(t *testing.T) {
	s := "昵称,抖音号\n张三✨,dy123\n小美😀,dy2\n"
	text, enc, err := Decode(encode(t, simplifiedchinese.GB18030, s))
	if err != nil || enc != GB18030 || text != s {
		t.Errorf("Decode(GB18030 with emoji) = %q, %q, %v", text, enc, err)
	}
}

func TestDecodeInvalid(t *testing.T) {
	tests := map[string][]byte{
		"garbage":             {'a', 0x81, 0x20, 'b'},
		"bad utf-8 after bom": {0xEF, 0xBB, 0xBF, 'a', 0xFF},
		"odd utf-16":          {0xFF, 0xFE, 'a', 0, 'b'},
		"lone surrogate":      {0xFF, 0xFE, 0x00, 0xD8, 'a', 0},
	}
	for name, in := range tests {
		if _, _, err := Decode(in); !errors.Is(err, ErrUnknown) {
			t.Errorf("%s: err = %v, want ErrUnknown", name, err)
		}
	}
}

// A large file is judged by its first MiB, cut at a line break.
func TestDetectLargeBig5(t *testing.T) {
	line := encode(t, traditionalchinese.Big5, "陳大文,dy001,老粉絲，週末見\r\n")
	b := []byte(strings.Repeat(string(line), 2*sampleSize/len(line)))
	if got := Detect(b); got != Big5 {
		t.Errorf("Detect(2 MiB of Big5) = %s", got)
	}
	if s := sampleOf(b); len(s) > sampleSize || s[len(s)-1] != '\n' {
		t.Errorf("sample of %d bytes ends with %x", len(s), s[len(s)-1])
	}
}

func TestCommonHan(t *testing.T) {
	for _, r := range "的一是陈陳单單广廣东東" {
		if !isCommonHan(r) {
			t.Errorf("%c is not common", r)
		}
	}
	for _, r := range "鿏㐀a，" {
		if isCommonHan(r) {
			t.Errorf("%c is common", r)
		}
	}
}

func BenchmarkDetectBig5(b *testing.B) {
	line := encode(b, traditionalchinese.Big5, "陳大文,dy001,老粉絲，週末見\r\n")
	in := []byte(strings.Repeat(string(line), (64<<10)/len(line)))
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		Detect(in)
	}
}
