package chatlog

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"qunzhu/backend/errs"
)

func TestSniffFixtures(t *testing.T) {
	for _, fx := range fixtures {
		if got, err := Sniff(readFixture(t, fx.name)); got != fx.format || err != nil {
			t.Errorf("Sniff(%s) = %q, %v; want %q", fx.name, got, err, fx.format)
		}
	}
}

// TestParseFileIgnoresName saves each fixture under a misleading name.
func TestParseFileIgnoresName(t *testing.T) {
	dir := t.TempDir()
	for i, fx := range fixtures {
		path := filepath.Join(dir, []string{"chat.json", "comments.csv", "export.txt", "noext"}[i%4])
		if err := os.WriteFile(path, readFixture(t, fx.name), 0o600); err != nil {
			t.Fatal(err)
		}
		n := 0
		f, stats, err := ParseFile(path, func(Event) error { n++; return nil })
		if f != fx.format || err != nil || !reflect.DeepEqual(stats, fx.stats) || n != len(fx.want) {
			t.Errorf("%s: ParseFile = %q, %+v, %v after %d events", fx.name, f, stats, err, n)
		}
	}
}

func TestSniffUnknown(t *testing.T) {
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rand.N(256))
	}
	for _, in := range []string{"", "   \n", "hello world\nhow are you\n", "{}", `{"a": 1}`, "[1, 2]", "[]",
		"name,age\nAnn,3\n", "\x00\x01\x02\x03", string(random), "2023-05-01\n12:00\n"} {
		f, err := Sniff([]byte(in))
		if f != "" || errs.As(err).Key != keyUnknownFormat || errs.CodeOf(err) != errs.Invalid {
			t.Errorf("Sniff(%.20q) = %q, %v; want unknown format", in, f, err)
		}
	}
}

// TestSniffHeadCutMidCharacter sniffs the first SniffSize bytes of a big
// export, cut inside a character.
func TestSniffHeadCutMidCharacter(t *testing.T) {
	cuts := 0
	for pad := range 48 { // a line's length: every cut position
		b := bytes.NewBufferString(strings.Repeat("\n", pad))
		for b.Len() <= SniffSize {
			b.WriteString("12.03.2023, 14:05 - 小明: 你好你好你好\n")
		}
		head := b.Bytes()[:SniffSize]
		if f, err := Sniff(head); f != WhatsApp || err != nil {
			t.Fatalf("Sniff = %q, %v (last byte %x)", f, err, head[len(head)-1])
		}
		cuts += btoi(!utf8.Valid(head))
	}
	if cuts == 0 {
		t.Fatal("no head was cut inside a character")
	}
}

// TestParseUTF16 reads exports saved as UTF-16 with a BOM (Windows'
// "Unicode") like their UTF-8 originals. Without a BOM, sheets.Decode
// recognises UTF-16 only for mostly ASCII text.
func TestParseUTF16(t *testing.T) {
	for _, fx := range fixtures {
		if fx.name != "qq_two_chats.txt" && fx.name != "wechat.txt" {
			continue
		}
		for _, order := range []unicode.Endianness{unicode.LittleEndian, unicode.BigEndian} {
			text := strings.TrimPrefix(string(readFixture(t, fx.name)), "\ufeff")
			b, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if f, err := Sniff(b); f != fx.format {
				t.Errorf("%s UTF-16: sniffed %q, %v", fx.name, f, err)
			}
			events, _, err := parseAll(b, fx.format)
			got := make([]string, len(events))
			for i, e := range events {
				got[i] = summary(e)
			}
			if err != nil || !slices.Equal(got, fx.want) {
				t.Errorf("%s UTF-16: %v\n%s", fx.name, err, strings.Join(got, "\n"))
			}
		}
	}
}
