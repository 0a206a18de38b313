package template

import (
	"strings"
	"unicode/utf8"
)

// MaxBody is the longest body Parse reads in full, in bytes; the rest is
// reported and dropped.
const MaxBody = 64 << 10

const special = `\{}[]|`

// parser reads a body left to right. inChoice is set inside [[ ]].
type parser struct {
	body     string
	pos      int
	choices  int
	problems []Problem
	text     strings.Builder // pending literal text
	textFrom int
}

// Parse reads a template body. It never fails; see Template.Problems.
func Parse(body string) *Template {
	p := &parser{body: body}
	if len(body) > MaxBody {
		cut := MaxBody
		for cut > 0 && !utf8.RuneStart(body[cut]) {
			cut--
		}
		p.body = body[:cut]
		p.problem(LevelError, "ui.invites.check.too_big", Span{cut, len(body)}, map[string]any{"Max": MaxBody})
	}
	nodes, _ := p.sequence(false)
	t := &Template{Body: body, Nodes: nodes, Choices: p.choices, Problems: p.problems}
	sortProblems(t.Problems)
	return t
}

func (p *parser) problem(level, key string, s Span, params map[string]any) {
	p.problems = append(p.problems, Problem{Level: level, Key: key, Span: s, Params: params})
}

func (p *parser) at(s string) bool { return strings.HasPrefix(p.body[p.pos:], s) }

// sequence reads nodes until the end, or inside a choice until | or ]].
// It reports whether it stopped at a choice's | or ]].
func (p *parser) sequence(inChoice bool) ([]Node, bool) {
	var nodes []Node
	flush := func() {
		if p.text.Len() > 0 {
			nodes = append(nodes, Node{Kind: KindText, Text: p.text.String(), Span: Span{p.textFrom, p.pos}})
			p.text.Reset()
		}
	}
	for p.pos < len(p.body) {
		if inChoice && (p.at("|") || p.at("]]")) {
			flush()
			return nodes, true
		}
		switch {
		case p.at(`\`) && p.pos+1 < len(p.body) && strings.IndexByte(special, p.body[p.pos+1]) >= 0:
			p.literal(p.body[p.pos+1:p.pos+2], 2)
		case p.at("{{"):
			p.literal("{", 2)
		case p.at("}}"):
			p.literal("}", 2)
		case p.at("{"):
			flush()
			if n, ok := p.field(); ok {
				nodes = append(nodes, n)
			}
		case p.at("}"):
			p.problem(LevelWarning, "ui.invites.check.stray_brace", Span{p.pos, p.pos + 1}, nil)
			p.literal("}", 1)
		case p.at("[[") && inChoice:
			p.problem(LevelError, "ui.invites.check.nested_choice", Span{p.pos, p.pos + 2}, nil)
			p.literal("[[", 2)
		case p.at("[["):
			flush()
			if n, ok := p.choice(); ok {
				nodes = append(nodes, n)
			}
		case p.at("]]"):
			p.problem(LevelError, "ui.invites.check.stray_close", Span{p.pos, p.pos + 2}, nil)
			p.literal("]]", 2)
		default:
			_, w := utf8.DecodeRuneInString(p.body[p.pos:])
			p.literal(p.body[p.pos:p.pos+w], w)
		}
	}
	flush()
	return nodes, false
}

// literal adds s to the pending text and moves on width bytes.
func (p *parser) literal(s string, width int) {
	if p.text.Len() == 0 {
		p.textFrom = p.pos
	}
	p.text.WriteString(s)
	p.pos += width
}
