package jielong

import (
	"fmt"
	"strings"
)

// Template is what Generate writes.
type Template struct {
	Title   string
	Topics  []string // e.g. the options "A. …", "B. …"
	Example string   // the 例 line, "" for none
	Footer  string
}

// Generate writes a 接龙 to paste into the group; the first entry is left
// for the first person to fill in.
func Generate(t Template) string {
	var b strings.Builder
	b.WriteString("#接龙\n")
	b.WriteString(oneLine(t.Title))
	b.WriteByte('\n')
	for _, l := range t.Topics {
		b.WriteString(oneLine(l))
		b.WriteByte('\n')
	}
	if t.Example != "" {
		fmt.Fprintf(&b, "\n例 %s\n", oneLine(t.Example))
	}
	b.WriteString("\n1. \n")
	if t.Footer != "" {
		fmt.Fprintf(&b, "\n%s\n", t.Footer)
	}
	return b.String()
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
