package chatlog

import (
	"bytes"
	"io"

	"qunzhu/backend/errs"
)

// notices are phrases of WhatsApp system lines that iOS attributes to the
// group (and marks with U+200E) instead of leaving the sender out.
var notices = [][]byte{
	[]byte("end-to-end encrypted"), []byte("端到端加密"), []byte("created group"), []byte("created this group"),
	[]byte(" added "), []byte(" removed "), []byte(" left"), []byte("joined using"), []byte("changed the subject"),
	[]byte("changed this group"), []byte("changed the group"), []byte("changed their phone number"),
	[]byte("security code"), []byte("now an admin"), []byte("创建了群组"), []byte("添加了"), []byte("移除了"), []byte("已退出"),
}

// isNotice reports an iOS system text: starts with U+200E, reads like one.
func isNotice(text []byte) bool {
	if !bytes.HasPrefix(text, []byte("\u200e")) {
		return false
	}
	for _, n := range notices {
		if bytes.Contains(text, n) {
			return true
		}
	}
	return false
}

// parseWhatsApp reads r twice: once to learn the date order from the whole
// file, then to emit. A reader that cannot seek is spooled to a temporary
// file first.
func parseWhatsApp(r io.Reader, s *sink) error {
	rs, start, done, err := rewindable(r)
	if err != nil {
		return err
	}
	defer done()
	dayFirst, err := scanDateOrder(rs)
	if err != nil {
		return err
	}
	if _, err := rs.Seek(start, io.SeekStart); err != nil {
		return errs.Wrap(err, "rewind chat export")
	}
	text, err := openText(rs)
	if err != nil {
		return err
	}
	p := waParser{s: s, dayFirst: dayFirst, names: names{}}
	return p.run(newLineReader(text))
}

// waParser holds the message being read; continuation lines extend it.
type waParser struct {
	s        *sink
	dayFirst bool
	names    names
	cur      Event
	text     []byte
	state    int // 0 before any message, 1 in a message, 2 in a line left out
}

func (p *waParser) run(lr *lineReader) error {
	return lr.eachLine(p.line, p.flush)
}

// line handles one line: a new message, a system line or a continuation.
func (p *waParser) line(b []byte, n int) error {
	l, ok := parseWALine(b)
	if !ok {
		return p.continuation(b, n)
	}
	if err := p.flush(); err != nil {
		return err
	}
	if l.sender == nil {
		p.s.skip()
		p.state = 2
		return nil
	}
	t, ok := l.time(p.dayFirst)
	if !ok { // left out with the lines that continue it
		p.s.problem(n, keyBadTime)
		p.state = 2
		return nil
	}
	p.cur = Event{Line: n, Sender: p.names.of(l.sender), Platform: PlatformWhatsApp, Time: t}
	p.text, p.state = append(p.text[:0], l.text...), 1
	return nil
}

// continuation adds a line to the message being read; text before the
// first message is a problem.
func (p *waParser) continuation(b []byte, n int) error {
	switch {
	case p.state == 1:
		p.text = append(append(p.text, '\n'), b...)
	case p.state == 0 && len(b) > 0:
		p.s.problem(n, keyBadLine)
	}
	return nil
}

// flush emits the message being read, if any.
func (p *waParser) flush() error {
	if p.state != 1 {
		return nil
	}
	p.state = 0
	e := p.cur
	e.Text = string(bytes.TrimRight(p.text, "\n"))
	e.Kind = classify(e.Text, "")
	return p.s.emit(e)
}

// maxNames bounds the interned sender names.
const maxNames = 4096

// names interns sender names: chats have few senders and many lines.
type names map[string]string

func (m names) of(b []byte) string {
	if s, ok := m[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(m) < maxNames {
		m[s] = s
	}
	return s
}
