package chatlog

import (
	"bufio"
	"bytes"
	"errors"
	"io"

	"golang.org/x/text/transform"

	"qunzhu/backend/charset"
	"qunzhu/backend/errs"
)

// SniffSize is how much of a file Sniff and Parse look at to tell its
// format and text encoding.
const SniffSize = 64 << 10

// openText returns r decoded to UTF-8 without a byte order mark, the
// encoding told by charset.Detect from the first SniffSize bytes.
func openText(r io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, SniffSize)
	head, err := br.Peek(SniffSize)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, errs.Wrap(err, "read chat export")
	}
	_, enc, err := decodeHead(head, len(head) < SniffSize)
	if err != nil {
		return nil, err
	}
	switch enc {
	case charset.UTF8:
		return br, nil
	case charset.UTF8BOM:
		_, _ = br.Discard(3)
		return br, nil
	}
	return decoded(br, charset.Of(enc).NewDecoder()), nil
}

func decoded(r io.Reader, t transform.Transformer) *bufio.Reader {
	return bufio.NewReaderSize(transform.NewReader(r, t), SniffSize)
}

// decodeHead decodes the start of a file. Unless whole, the start may end
// inside a character, so it is cut after its last line break (or, with
// none, up to 3 bytes are dropped) before charset.Decode judges it.
func decodeHead(head []byte, whole bool) (text, enc string, err error) {
	if whole {
		return decodeOr(head)
	}
	if i := bytes.LastIndexByte(head, '\n'); i > 0 {
		if i+1 < len(head) && head[i+1] == 0 && i%2 == 0 { // "\n\x00" of UTF-16LE
			i++
		}
		return decodeOr(head[:i+1])
	}
	for cut := range 4 {
		if text, enc, err = decodeOr(head[:max(len(head)-cut, 0)]); err == nil {
			return text, enc, nil
		}
	}
	return "", "", err
}

// decodeOr is charset.Decode with this package's error key.
func decodeOr(b []byte) (text, enc string, err error) {
	text, enc, err = charset.Decode(b)
	if err != nil {
		return "", "", &errs.Error{Code: errs.Invalid, Key: keyEncoding, Err: err}
	}
	return text, enc, nil
}
