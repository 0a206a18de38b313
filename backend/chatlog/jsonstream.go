package chatlog

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// lineTracker counts the lines of what a json.Decoder reads so that byte
// offsets, asked for in increasing order, can be named by line. It keeps
// only the line breaks not yet passed, which the decoder's buffer bounds.
type lineTracker struct {
	r      io.Reader
	read   int64   // bytes read so far
	breaks []int64 // offsets of line breaks, those before head passed
	head   int
	passed int   // line breaks dropped from breaks
	failed error // the reader's error other than io.EOF
}

func (t *lineTracker) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	for i := 0; i < n; {
		j := bytes.IndexByte(p[i:n], '\n')
		if j < 0 {
			break
		}
		t.breaks = append(t.breaks, t.read+int64(i+j))
		i += j + 1
	}
	t.read += int64(n)
	if err != nil && !errors.Is(err, io.EOF) {
		t.failed = err
	}
	return n, err
}

// lineAt is the 1-based line of byte offset off.
func (t *lineTracker) lineAt(off int64) int {
	for t.head < len(t.breaks) && t.breaks[t.head] < off {
		t.head++
	}
	if t.head >= 1024 && t.head*2 >= len(t.breaks) {
		n := copy(t.breaks, t.breaks[t.head:])
		t.passed, t.breaks, t.head = t.passed+t.head, t.breaks[:n], 0
	}
	return t.passed + t.head + 1
}

// lastLine is the line the reader has got to.
func (t *lineTracker) lastLine() int { return t.passed + len(t.breaks) + 1 }

// jsonStream walks a JSON document token by token.
type jsonStream struct {
	dec   *json.Decoder
	lines *lineTracker
}

func newJSONStream(r io.Reader) *jsonStream {
	lt := &lineTracker{r: r}
	dec := json.NewDecoder(lt)
	dec.UseNumber()
	return &jsonStream{dec: dec, lines: lt}
}

// next is the line where the next value starts (past spaces and a comma).
func (j *jsonStream) next() int {
	off := j.dec.InputOffset()
	if j.dec.More() {
		b, _ := io.ReadAll(io.LimitReader(j.dec.Buffered(), 4096))
		off += int64(len(b) - len(bytes.TrimLeft(b, " \t\r\n,")))
	}
	return j.lines.lineAt(off)
}

// delim reads the delimiter want ('{' or '[').
func (j *jsonStream) delim(want json.Delim) error {
	tok, err := j.dec.Token()
	if err != nil {
		return j.err(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return errAt(keyBadLine, j.lines.lineAt(j.dec.InputOffset()), nil)
	}
	return nil
}

// object reads an object, calling field for each key; field must read
// (or skip) the value.
func (j *jsonStream) object(field func(key string) error) error {
	if err := j.delim('{'); err != nil {
		return err
	}
	for j.dec.More() {
		tok, err := j.dec.Token()
		if err != nil {
			return j.err(err)
		}
		key, _ := tok.(string)
		if err := field(key); err != nil {
			return err
		}
	}
	_, err := j.dec.Token() // '}'
	return j.err(err)
}

// array reads an array, calling item for each element; item must read it.
func (j *jsonStream) array(item func(line int) error) error {
	if err := j.delim('['); err != nil {
		return err
	}
	for j.dec.More() {
		if err := item(j.next()); err != nil {
			return err
		}
	}
	_, err := j.dec.Token() // ']'
	return j.err(err)
}

// decode reads the value next found into v. A type error is named by
// the line where the value starts: the decoder gives no usable offset.
func (j *jsonStream) decode(v any) error {
	line := j.next()
	err := j.dec.Decode(v)
	if j.isShape(err) {
		return errAt(keyBadLine, line, err)
	}
	return j.err(err)
}

// item reads the value next found into v, true when it could. A value of
// the wrong shape (a type v cannot hold) has been read past: it is a
// problem in s at the line where it starts, and the stream reads on.
// Broken syntax or a failed read stops it with an error.
func (j *jsonStream) item(s *sink, v any) (bool, error) {
	line := j.next()
	err := j.dec.Decode(v)
	if j.isShape(err) {
		s.problem(line, keyBadLine)
		return false, nil
	}
	return err == nil, j.err(err)
}

// isShape tells a value the decoder read whole but could not store (the
// decoder has moved past it) from broken syntax and failed reads.
func (j *jsonStream) isShape(err error) bool {
	var syn *json.SyntaxError
	return err != nil && j.lines.failed == nil && !errors.As(err, &syn) && !errors.Is(err, io.ErrUnexpectedEOF) &&
		!errors.Is(err, io.EOF)
}

// skip reads past the next value without keeping it.
func (j *jsonStream) skip() error {
	depth := 0
	for {
		tok, err := j.dec.Token()
		if err != nil {
			return j.err(err)
		}
		j.lines.lineAt(j.dec.InputOffset()) // forget the line breaks passed
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return nil
		}
	}
}

// err names the line of a decoding error: truncated at the end of the
// input, a broken line at a syntax error.
func (j *jsonStream) err(err error) error {
	var syn *json.SyntaxError
	switch {
	case err == nil:
		return nil
	case j.lines.failed != nil:
		return errRead(j.lines.failed, j.lines.lastLine())
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return errAt(keyTruncated, j.lines.lastLine(), err)
	case errors.As(err, &syn):
		return errAt(keyBadLine, j.syntaxLine(), err)
	}
	return errRead(err, j.lines.lastLine())
}

// syntaxLine finds the line of a syntax error. The decoder's offsets count
// only some of the bytes it read, so the unread rest of its buffer, where
// the error is, is scanned again from a known offset.
func (j *jsonStream) syntaxLine() int {
	base := j.dec.InputOffset()
	var raw json.RawMessage
	err := json.NewDecoder(j.dec.Buffered()).Decode(&raw)
	var syn *json.SyntaxError
	if errors.As(err, &syn) && syn.Offset > 0 {
		return j.lines.lineAt(base + syn.Offset - 1)
	}
	return j.lines.lineAt(base)
}
