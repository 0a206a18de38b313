package sheets

import (
	"qunzhu/backend/charset"
	"qunzhu/backend/errs"
)

// Decode turns a text file into a string without its byte order mark, in
// the encoding charset.Detect names (UTF-8 with or without a BOM, UTF-16
// LE/BE, GB18030/GBK or Big5), which it also returns. Bytes that are text
// in none of these give an Invalid "err.import.encoding" error.
func Decode(b []byte) (text, enc string, err error) {
	text, enc, err = charset.Decode(b)
	if err != nil {
		return "", "", errs.New(errs.Invalid, "err.import.encoding", nil)
	}
	return text, enc, nil
}
