package chatlog

import "io"

// tgChat is what a Telegram chat says about itself before its messages.
type tgChat struct {
	name string
	id   flex
}

// tgParser walks a Telegram Desktop export: one chat, or a whole account
// whose "chats" and "left_chats" hold a "list" of chats.
type tgParser struct {
	j *jsonStream
	s *sink
}

// parseTelegram streams result.json: one message is decoded at a time.
// Telegram writes a chat's name and id before its messages; a chat that
// does not gets an empty Chat.
func parseTelegram(r io.Reader, s *sink) error {
	text, err := openText(r)
	if err != nil {
		return err
	}
	p := tgParser{j: newJSONStream(text), s: s}
	return p.chat()
}

// chat reads a chat object, or an account export at the top.
func (p *tgParser) chat() error {
	var c tgChat
	return p.j.object(func(key string) error {
		switch key {
		case "name":
			var name flex
			err := p.j.decode(&name)
			c.name = string(name)
			return err
		case "id":
			return p.j.decode(&c.id)
		case "messages":
			return p.j.array(func(line int) error { return p.message(&c, line) })
		case "chats", "left_chats":
			return p.list()
		}
		return p.j.skip()
	})
}

// list reads {"about": ..., "list": [chat, ...]}.
func (p *tgParser) list() error {
	return p.j.object(func(key string) error {
		if key != "list" {
			return p.j.skip()
		}
		return p.j.array(func(int) error { return p.chat() })
	})
}

// message decodes and emits one message starting at line.
func (p *tgParser) message(c *tgChat, line int) error {
	var m tgMessage
	if ok, err := p.j.item(p.s, &m); !ok {
		return err
	}
	if m.Type == "service" {
		p.s.skip()
		return nil
	}
	e, ok := m.event(c, line)
	if !ok {
		p.s.problem(line, keyBadTime)
		return nil
	}
	return p.s.emit(e)
}
