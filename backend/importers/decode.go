package importers

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"qunzhu/backend/errs"
)

// Encoding names Decode reports.
const (
	UTF8    = "utf-8"
	UTF8BOM = "utf-8-bom"
	UTF16LE = "utf-16le"
	UTF16BE = "utf-16be"
	GB18030 = "gb18030"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
	gbReplChar = []byte{0x84, 0x31, 0xA4, 0x37} // U+FFFD written in GB18030
)

// Decode turns a text file into a string without its byte order mark. It
// honours a UTF-8 or UTF-16 BOM, recognises UTF-16 without one by its zero
// bytes, takes valid UTF-8 as is and reads anything else as GB18030 (a
// superset of GBK and GB2312, what Excel and WPS save in China). Bytes that
// are none of these give an Invalid "err.import.encoding" error.
func Decode(b []byte) (text, enc string, err error) {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		text, enc = string(b[len(bomUTF8):]), UTF8BOM
		if !utf8.ValidString(text) {
			return "", "", errEncoding()
		}
		return text, enc, nil
	case bytes.HasPrefix(b, bomUTF16LE):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), b[2:], UTF16LE)
	case bytes.HasPrefix(b, bomUTF16BE):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), b[2:], UTF16BE)
	}
	if e := sniffUTF16(b); e != "" {
		return decodeWith(utf16Of(e), b, e)
	}
	if utf8.Valid(b) {
		return string(b), UTF8, nil
	}
	return decodeWith(simplifiedchinese.GB18030, b, GB18030)
}

func errEncoding() error {
	return errs.New(errs.Invalid, "err.import.encoding", nil)
}

// decodeWith decodes b, refusing output with replacement characters that
// were not in the input.
func decodeWith(e encoding.Encoding, b []byte, name string) (string, string, error) {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", errEncoding()
	}
	text := string(out)
	if strings.ContainsRune(text, utf8.RuneError) && !hasRealReplacement(b, name) {
		return "", "", errEncoding()
	}
	return strings.TrimPrefix(text, "\ufeff"), name, nil
}

// hasRealReplacement reports whether b itself encodes U+FFFD.
func hasRealReplacement(b []byte, name string) bool {
	switch name {
	case GB18030:
		return bytes.Contains(b, gbReplChar)
	case UTF16LE:
		return bytes.Contains(b, []byte{0xFD, 0xFF})
	case UTF16BE:
		return bytes.Contains(b, []byte{0xFF, 0xFD})
	}
	return false
}

func utf16Of(name string) encoding.Encoding {
	if name == UTF16BE {
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
}

// sniffUTF16 recognises BOM-less UTF-16 of mostly ASCII text (headers are):
// in the first 512 bytes, most odd (LE) or even (BE) bytes are zero and
// none of the others are.
func sniffUTF16(b []byte) string {
	n := min(len(b), 512) &^ 1
	if n < 4 {
		return ""
	}
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			zeroEven++
		}
		if b[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	switch {
	case zeroEven == 0 && zeroOdd*2 > pairs:
		return UTF16LE
	case zeroOdd == 0 && zeroEven*2 > pairs:
		return UTF16BE
	}
	return ""
}
