package chatlog

import (
	"bytes"
)

// header is what a block format found in a message's first line.
type header struct {
	sender, senderID string
	system           bool
}

// headFunc reads the text after a line's time as a message header;
// afterBreak tells whether a blank line or section line came before.
type headFunc func(rest []byte, afterBreak bool) (header, bool)

// blockParser reads text exports made of blocks: a `date time sender`
// line, the message's lines, a blank line. QQ adds sections naming the
// chat (消息对象:) between lines of equals signs.
type blockParser struct {
	s          *sink
	platform   string
	head       headFunc
	chat       string
	cur        Event
	text       []byte
	state      int // 0 outside a message, 1 in one, 2 in one left out
	afterBreak bool
}

func (p *blockParser) run(lr *lineReader) error {
	p.afterBreak = true
	return lr.eachLine(p.line, p.flush)
}

func (p *blockParser) line(b []byte, n int) error {
	if done, err := p.section(b); done || err != nil {
		return err
	}
	if st, ok := stamped(b); ok {
		if h, ok := p.head(st.rest, p.afterBreak); ok {
			p.afterBreak = false
			return p.start(st, h, n)
		}
	}
	p.afterBreak = len(b) == 0
	switch {
	case p.state == 1:
		p.text = append(append(p.text, '\n'), b...)
	case p.state == 0 && len(b) > 0:
		p.s.problem(n, keyBadLine)
	}
	return nil
}

// section handles QQ's separator, group and chat lines and its title.
func (p *blockParser) section(b []byte) (bool, error) {
	chat, isChat := cutAny(b, "消息对象:", "消息对象：")
	_, isGroup := cutAny(b, "消息分组:", "消息分组：")
	isTitle := p.state == 0 && bytes.HasPrefix(b, []byte("消息记录"))
	if !isChat && !isGroup && !isTitle && !bytes.HasPrefix(b, []byte("==========")) {
		return false, nil
	}
	p.afterBreak = true
	if isChat {
		p.chat = string(bytes.TrimSpace(chat))
	}
	return true, p.flush()
}

// start begins a message at line n.
func (p *blockParser) start(st stamp, h header, n int) error {
	if err := p.flush(); err != nil {
		return err
	}
	if !st.valid { // left out with the lines that continue it
		p.s.problem(n, keyBadTime)
		p.state = 2
		return nil
	}
	if h.system {
		p.s.skip()
		p.state = 2
		return nil
	}
	p.cur = Event{Line: n, Chat: p.chat, Sender: h.sender, SenderID: h.senderID, Platform: p.platform, Time: st.time}
	p.text, p.state = p.text[:0], 1
	return nil
}

// flush emits the message being read, if any.
func (p *blockParser) flush() error {
	if p.state != 1 {
		p.state = 0
		return nil
	}
	p.state = 0
	e := p.cur
	e.Text = string(bytes.Trim(p.text, "\n"))
	e.Kind = classify(e.Text, "")
	return p.s.emit(e)
}

// cutAny returns what follows the first of the prefixes b starts with.
func cutAny(b []byte, prefixes ...string) ([]byte, bool) {
	for _, p := range prefixes {
		if rest, ok := bytes.CutPrefix(b, []byte(p)); ok {
			return rest, true
		}
	}
	return nil, false
}
