package chatlog

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"time"

	"qunzhu/backend/errs"
)

// Paste is the format of chat text copied from a chat client and pasted.
const Paste Format = "paste"

// PasteOptions say how to read a pasted chat.
type PasteOptions struct {
	Platform string    // the platform the chat is on
	Day      time.Time // the date of times written without one (zero: today)
	Pattern  *Pattern  // the shape marked on a sample; nil: recognized
	// Skipped, when set, hears of each line left out on purpose: a system
	// line of the client or a message without text (reason: a Skip* key).
	Skipped func(line int, reason, text string)
}

// Errors of a paste that cannot be read at all.
const (
	keyPasteEmpty   = "err.paste.empty"
	keyPasteUnknown = "err.paste.unknown_shape"
	keyPasteStray   = "err.paste.stray_line" // a line before the first message
)

// ParsePaste reads a pasted chat: it tells the shape from the first lines
// (or uses opt.Pattern), rewinds r and calls fn with each message in
// order. Lines that start no message and continue none are Problems,
// system lines are counted in Stats.System. Messages get the same content
// keys as file imports, so pasting the same messages again stores nothing
// twice, while two equal messages by one person in one minute are two.
func ParsePaste(r io.ReadSeeker, opt PasteOptions, fn func(Event) error) (Shape, Stats, error) {
	if opt.Platform == "" {
		opt.Platform = PlatformDouyin
	}
	if opt.Day.IsZero() {
		opt.Day = time.Now()
	}
	y, m, d := opt.Day.Date()
	opt.Day = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	p := &pasteParser{opt: opt, at: opt.Day, day: opt.Day}
	if err := p.chooseShape(r); err != nil {
		return "", Stats{}, err
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return "", Stats{}, errs.Wrap(err, "rewind paste")
	}
	text, err := openText(r)
	if err != nil {
		return "", Stats{}, err
	}
	p.s = &sink{fn: fn, keys: newKeyer()}
	err = p.run(newLineReader(text))
	if err == nil {
		err = p.s.verdict()
	}
	return p.shape, p.s.stats, err
}

// pasteParser reads a paste one line at a time, holding one message.
type pasteParser struct {
	opt       PasteOptions
	s         *sink
	shape     Shape
	marked    *regexp.Regexp
	timeFirst bool
	at        time.Time // the time of messages written without one
	day       time.Time // the date of times written without one: opt.Day, or the last date line's
	cur       Event
	text      []byte
	state     int // 0 outside a message, 1 in one, 2 in one left out
}

// chooseShape takes the marked pattern or tells the shape from the first
// lines of r.
func (p *pasteParser) chooseShape(r io.Reader) error {
	if pt := p.opt.Pattern; pt != nil {
		re, err := pt.regexp()
		p.shape, p.marked, p.timeFirst = ShapeMarked, re, pt.TimeFirst
		return err
	}
	text, err := openText(r)
	if err != nil {
		return err
	}
	c := shapeCounter{counts: map[Shape]int{}}
	lr := newLineReader(text)
	for line, ok := lr.next(); ok && c.lines < shapeLines; line, ok = lr.next() {
		c.add(string(bytes.TrimSpace(line)))
	}
	if err := lr.err(); err != nil {
		return err
	}
	if p.shape = c.best(); p.shape == "" {
		key := keyPasteUnknown
		if c.lines == 0 {
			key = keyPasteEmpty
		}
		return errs.New(errs.Invalid, key, nil)
	}
	return nil
}

func (p *pasteParser) run(lr *lineReader) error {
	return lr.eachLine(p.line, p.flush)
}

func (p *pasteParser) line(b []byte, n int) error {
	line := string(bytes.TrimSpace(b))
	if reason := isSystemLine(line); reason != "" {
		err := p.flush()
		p.skip(n, reason, line)
		return err
	}
	if date, valid, ok := readDateLine(line, p.opt.Day); ok && !p.inHeaderMessage() {
		err := p.flush()
		p.setDay(date, valid, n)
		return err
	}
	if mayBeClock(line) && !p.inHeaderMessage() {
		if m := clockOnly.FindStringSubmatch(line); m != nil {
			err := p.flush()
			p.setClock(m[1:], n)
			return err
		}
	}
	if msg := readLine(p.shape, line, p.marked, p.timeFirst); msg.ok {
		if err := p.flush(); err != nil {
			return err
		}
		p.start(msg, n)
		return nil
	}
	switch {
	case p.state == 1:
		p.text = append(append(p.text, '\n'), b...)
	case p.state == 0 && line != "":
		p.s.problem(n, keyPasteStray)
	}
	return nil
}

// inHeaderMessage tells whether a message of a header shape has started
// and has no text yet: a line with only a time or a date is then its text
// (such shapes time every message), not a time line for what follows.
func (p *pasteParser) inHeaderMessage() bool {
	return p.state == 1 && len(p.text) == 0 && !p.shape.inline() && (p.shape != ShapeMarked || !p.opt.Pattern.Inline)
}

// setDay takes a date line as the date of the times without one that follow.
func (p *pasteParser) setDay(date time.Time, valid bool, n int) {
	if !valid {
		p.s.problem(n, keyBadTime)
		return
	}
	p.day, p.at = date, date
}

// setClock takes a time line between messages as the time of what follows.
func (p *pasteParser) setClock(groups []string, n int) {
	c := readClock(groups, p.opt.Day, p.day)
	if !c.valid {
		p.s.problem(n, keyBadTime)
		return
	}
	p.at = c.time
}

// start begins the message msg read at line n.
func (p *pasteParser) start(msg message, n int) {
	if msg.clock != nil {
		c := readClock(msg.clock, p.opt.Day, p.day)
		if !c.valid {
			p.s.problem(n, keyBadTime)
			p.state = 2
			return
		}
		p.at = c.time
	}
	name := strings.TrimSpace(msg.name)
	if bare := strings.TrimSpace(qqBadges.ReplaceAllString(name, "")); bare != "" {
		name = bare // 【群主】小鹿 is 小鹿; a name that is all brackets stays
	}
	p.cur = Event{Line: n, Sender: name, Platform: p.opt.Platform, Time: p.at}
	p.text, p.state = append(p.text[:0], msg.text...), 1
}

// flush emits the message being read, if any; one without text is left out.
func (p *pasteParser) flush() error {
	if p.state != 1 {
		p.state = 0
		return nil
	}
	p.state = 0
	e := p.cur
	e.Text = strings.TrimSpace(string(p.text))
	if e.Text == "" {
		p.skip(e.Line, SkipEmpty, "")
		return nil
	}
	e.Kind = classify(e.Text, "")
	return p.s.emit(e)
}

// skip counts a line left out on purpose and tells the caller why.
func (p *pasteParser) skip(n int, reason, text string) {
	p.s.skip()
	if p.opt.Skipped != nil {
		p.opt.Skipped(n, reason, text)
	}
}
