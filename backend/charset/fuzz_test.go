package charset

import (
	"testing"
	"unicode/utf8"
)

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"a,b\n", "\xef\xbb\xbf昵称", "\xff\xfea\x00", "\xb3\xaf\xa4\x6a", "\xc1\xf5\xc8\xfd", "a\x81\x20b"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		enc := Detect(b)
		text, got, err := Decode(b)
		if err != nil {
			return
		}
		if got != enc || !utf8.ValidString(text) {
			t.Fatalf("Decode(%q) = %q, %q; Detect says %q", b, text, got, enc)
		}
		if utf8.Valid(b) && !isUTF16(enc) && enc != UTF8BOM && enc != UTF8 {
			t.Fatalf("valid UTF-8 %q detected as %s", b, enc)
		}
	})
}

func isUTF16(enc string) bool { return enc == UTF16LE || enc == UTF16BE }
