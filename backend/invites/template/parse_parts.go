package template

import "strings"

// field reads {name} or {name|fallback} at p.pos. When the brace is not
// closed on its line it reports an error, keeps the brace as text and
// returns false.
func (p *parser) field() (Node, bool) {
	start := p.pos
	var name, fallback strings.Builder
	cur, bar := &name, false
	i := start + 1
	for i < len(p.body) {
		c := p.body[i]
		switch {
		case c == '}':
			return p.closeField(start, i+1, name.String(), fallback.String(), bar), true
		case c == '\n' || c == '{' || strings.HasPrefix(p.body[i:], "[[") || strings.HasPrefix(p.body[i:], "]]"):
			i = len(p.body) // not closed before the line, a new field or a variation
		case c == '\\' && i+1 < len(p.body) && strings.IndexByte(special, p.body[i+1]) >= 0:
			cur.WriteByte(p.body[i+1])
			i += 2
		case c == '|' && !bar:
			cur, bar = &fallback, true
			i++
		default:
			cur.WriteByte(c)
			i++
		}
	}
	p.problem(LevelError, "ui.invites.check.unclosed_field", Span{start, lineEnd(p.body, start)}, nil)
	p.literal("{", 1)
	return Node{}, false
}

func (p *parser) closeField(start, end int, name, fallback string, bar bool) Node {
	p.pos = end
	s := Span{start, end}
	n := Node{Kind: KindField, Name: strings.TrimSpace(name), Fallback: fallback, HasFallback: bar, Span: s}
	n.Key = Lookup(n.Name)
	switch {
	case n.Name == "":
		p.problem(LevelError, "ui.invites.check.empty_field", s, nil)
	case n.Key == "":
		p.problem(LevelWarning, "ui.invites.check.unknown_field", s, map[string]any{"Name": n.Name})
	}
	if bar && strings.TrimSpace(fallback) == "" {
		p.problem(LevelWarning, "ui.invites.check.empty_fallback", s, map[string]any{"Name": n.Name})
	}
	return n
}

// choice reads [[a|b|c]] at p.pos. When it is not closed it reports an
// error, keeps [[ as text and returns false, to read on after it.
func (p *parser) choice() (Node, bool) {
	start := p.pos
	saved := len(p.problems)
	p.pos += 2
	var opts [][]Node
	for {
		nodes, stopped := p.sequence(true)
		opts = append(opts, nodes)
		if !stopped {
			break
		}
		if p.at("]]") {
			p.pos += 2
			return p.closeChoice(start, opts), true
		}
		p.pos++ // the bar
	}
	p.problems = p.problems[:saved] // read again as text below
	p.pos = start
	p.problem(LevelError, "ui.invites.check.unclosed_choice", Span{start, start + 2}, nil)
	p.literal("[[", 2)
	return Node{}, false
}

func (p *parser) closeChoice(start int, opts [][]Node) Node {
	n := Node{Kind: KindChoice, Options: opts, Index: p.choices, Span: Span{start, p.pos}}
	p.choices++
	if len(opts) < 2 {
		p.problem(LevelWarning, "ui.invites.check.single_option", n.Span, nil)
	}
	return n
}

func lineEnd(s string, from int) int {
	if i := strings.IndexByte(s[from:], '\n'); i >= 0 {
		return from + i
	}
	return len(s)
}
