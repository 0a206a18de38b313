// Package charset tells which text encoding a file was saved in and
// decodes it: UTF-8 with or without a byte order mark, UTF-16 LE and BE
// (with a BOM, or told by their zero bytes), GB18030 (a superset of GBK
// and GB2312, what Excel and WPS save on a Simplified Chinese Windows) and
// Big5 (what they save on a Traditional Chinese one). Member tables and
// chat exports share it.
package charset

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Names of the encodings, as Decode and Detect report them.
const (
	UTF8    = "utf-8"
	UTF8BOM = "utf-8-bom"
	UTF16LE = "utf-16le"
	UTF16BE = "utf-16be"
	GB18030 = "gb18030"
	Big5    = "big5"
)

// ErrUnknown is returned for bytes that are text in none of the encodings.
var ErrUnknown = errors.New("charset: unknown text encoding")

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Of returns the encoding called name; a decoder made from it drops a
// leading byte order mark. Unknown names give UTF-8.
func Of(name string) encoding.Encoding {
	switch name {
	case UTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case UTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	case GB18030:
		return simplifiedchinese.GB18030
	case Big5:
		return traditionalchinese.Big5
	}
	return unicode.UTF8BOM
}

// Decode turns a text file into a string without its byte order mark,
// in the encoding Detect names. Bytes that do not decode in it (invalid
// sequences, which would become U+FFFD) give ErrUnknown.
func Decode(b []byte) (text, enc string, err error) {
	enc = Detect(b)
	switch enc {
	case UTF8:
		if !utf8.Valid(b) {
			return "", "", ErrUnknown
		}
		return string(b), enc, nil
	case UTF8BOM:
		text = string(b[len(bomUTF8):])
		if !utf8.ValidString(text) {
			return "", "", ErrUnknown
		}
		return text, enc, nil
	}
	text, err = decodeWith(enc, b)
	return text, enc, err
}

// decodeWith decodes b, refusing output with replacement characters that
// were not in the input.
func decodeWith(enc string, b []byte) (string, error) {
	out, err := Of(enc).NewDecoder().Bytes(b)
	if err != nil {
		return "", ErrUnknown
	}
	text := string(out)
	if strings.ContainsRune(text, utf8.RuneError) && !hasRealReplacement(b, enc) {
		return "", ErrUnknown
	}
	return strings.TrimPrefix(text, "\ufeff"), nil
}

// hasRealReplacement reports whether b itself encodes U+FFFD.
func hasRealReplacement(b []byte, enc string) bool {
	switch enc {
	case GB18030:
		return bytes.Contains(b, []byte{0x84, 0x31, 0xA4, 0x37})
	case UTF16LE:
		return bytes.Contains(b, []byte{0xFD, 0xFF})
	case UTF16BE:
		return bytes.Contains(b, []byte{0xFF, 0xFD})
	}
	return false // Big5 has no U+FFFD
}
