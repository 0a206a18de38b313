package chatlog

import (
	"bufio"
	"errors"
	"io"
)

// maxLine is the longest line a text export may have.
const maxLine = 4 << 20

// lineReader yields the lines of a text, numbered from 1, without line
// ends or the invisible marks at their start.
type lineReader struct {
	sc *bufio.Scanner
	n  int
}

func newLineReader(r io.Reader) *lineReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4<<10), maxLine)
	return &lineReader{sc: sc}
}

// next returns the next line, valid until the following call, and false
// at the end or on an error (see err).
func (l *lineReader) next() ([]byte, bool) {
	if !l.sc.Scan() {
		return nil, false
	}
	l.n++
	return trimRightSpace(trimMarks(l.sc.Bytes())), true
}

// err is the reason next returned false, nil at a clean end.
func (l *lineReader) err() error {
	err := l.sc.Err()
	if errors.Is(err, bufio.ErrTooLong) {
		return errAt(keyLineTooLong, l.n+1, err)
	}
	if err != nil {
		return errRead(err, l.n+1)
	}
	return nil
}

// eachLine hands every line to line, then calls flush: the loop the
// line-based parsers (WhatsApp, paste, blocks) share.
func (l *lineReader) eachLine(line func(b []byte, n int) error, flush func() error) error {
	for {
		b, ok := l.next()
		if !ok {
			break
		}
		if err := line(b, l.n); err != nil {
			return err
		}
	}
	if err := l.err(); err != nil {
		return err
	}
	return flush()
}
