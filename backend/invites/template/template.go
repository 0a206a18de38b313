// Package template is the invitation template language: literal text,
// fields in braces with an optional fallback ({昵称|朋友}), and variations
// in double brackets ([[嗨|你好|哈喽]]) of which each recipient always gets
// the same one. Braces are written literally as {{ and }}, and a backslash
// makes any of \ { } [ ] | literal. A single [ or ] is plain text, so
// platform emoji codes such as [微笑] need no escaping.
//
// Parse never fails: what it cannot read it keeps as text and reports as a
// Problem with its byte span, so the editor can underline it.
package template

// Kinds of node.
const (
	KindText   = "text"
	KindField  = "field"
	KindChoice = "choice"
)

// Span is a byte range of the body.
type Span struct{ Start, End int }

// Node is one piece of a parsed template.
type Node struct {
	Kind        string
	Text        string   // KindText: the literal text, escapes resolved
	Name        string   // KindField: the name as typed
	Key         string   // KindField: the canonical key, "" when unknown
	Fallback    string   // KindField: what replaces an empty value
	HasFallback bool     // KindField: a bar was written
	Options     [][]Node // KindChoice: the variations
	Index       int      // KindChoice: its number in the template, from 0
	Span        Span
}

// Levels of problem.
const (
	LevelError   = "error"   // the template does not say what was meant
	LevelWarning = "warning" // it works, but the creator should look
)

// Problem is one thing wrong in a template or a rendered text. Key is a
// catalog key (ui.invites.check.*), Params its values.
type Problem struct {
	Level  string
	Key    string
	Params map[string]any
	Span   Span
}

// Template is a parsed body.
type Template struct {
	Body     string
	Nodes    []Node
	Choices  int // number of variations
	Problems []Problem
}

// Errors tells whether any problem is an error.
func (t *Template) Errors() bool {
	for _, p := range t.Problems {
		if p.Level == LevelError {
			return true
		}
	}
	return false
}

// Fields lists the canonical keys the template uses, once each.
func (t *Template) Fields() []string {
	seen := map[string]bool{}
	var out []string
	walk(t.Nodes, func(n Node) {
		if n.Kind == KindField && n.Key != "" && !seen[n.Key] {
			seen[n.Key] = true
			out = append(out, n.Key)
		}
	})
	return out
}

// Variants is how many different skeletons (texts apart from field
// values) the variations can make, capped at limit.
func (t *Template) Variants(limit int) int {
	n := 1
	walk(t.Nodes, func(x Node) {
		if x.Kind == KindChoice && n < limit {
			n = min(n*max(len(x.Options), 1), limit)
		}
	})
	return n
}

func walk(nodes []Node, fn func(Node)) {
	for _, n := range nodes {
		fn(n)
		for _, o := range n.Options {
			walk(o, fn)
		}
	}
}
