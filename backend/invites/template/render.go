package template

import (
	"encoding/binary"
	"hash/fnv"
	"slices"
	"strings"
)

// Seed makes the variation choice stable: the same template and member
// always pick the same variations, whatever else changes.
type Seed struct {
	Template int64
	Member   int64
}

// Pick is the option a variation with n options gives seed: FNV-1a of the
// template id, the member id and the variation's number, modulo n.
func (s Seed) Pick(index, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New64a()
	var b [24]byte
	binary.LittleEndian.PutUint64(b[0:], uint64(s.Template))
	binary.LittleEndian.PutUint64(b[8:], uint64(s.Member))
	binary.LittleEndian.PutUint64(b[16:], uint64(index))
	h.Write(b[:])
	return int(h.Sum64() % uint64(n))
}

// Rendered is a template filled in for one recipient.
type Rendered struct {
	Text     string
	Skeleton string    // the text with every field value left out: equal skeletons read the same
	Problems []Problem // fields that came out empty, spans in the body
}

// Render fills the template in for one recipient. A field whose value is
// empty takes its fallback; without one it renders empty and is reported.
// An unknown field renders its fallback, or else stays as typed.
func (t *Template) Render(v Values, seed Seed) Rendered {
	var text, skel strings.Builder
	var probs []Problem
	t.render(t.Nodes, v, seed, &text, &skel, &probs)
	return Rendered{Text: text.String(), Skeleton: skel.String(), Problems: probs}
}

func (t *Template) render(nodes []Node, v Values, seed Seed, text, skel *strings.Builder, probs *[]Problem) {
	for _, n := range nodes {
		switch n.Kind {
		case KindText:
			text.WriteString(n.Text)
			skel.WriteString(n.Text)
		case KindField:
			val := fieldValue(n, v, t.Body, probs)
			text.WriteString(val)
			skel.WriteString("\x00")
		case KindChoice:
			if len(n.Options) > 0 {
				t.render(n.Options[seed.Pick(n.Index, len(n.Options))], v, seed, text, skel, probs)
			}
		}
	}
}

func fieldValue(n Node, v Values, body string, probs *[]Problem) string {
	if n.Key == "" {
		if n.HasFallback {
			return n.Fallback
		}
		return body[n.Span.Start:n.Span.End]
	}
	if val := strings.TrimSpace(v[n.Key]); val != "" {
		return val
	}
	if n.HasFallback {
		return n.Fallback
	}
	*probs = append(*probs, Problem{Level: LevelWarning, Key: "ui.invites.check.empty_value",
		Span: n.Span, Params: map[string]any{"Name": n.Name}})
	return ""
}

// Escape writes s so that Parse reads it back as the same literal text.
func Escape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(special, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func sortProblems(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int { return a.Span.Start - b.Span.Start })
}
