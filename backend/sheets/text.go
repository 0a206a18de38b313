package sheets

import (
	"slices"
	"strings"
)

// TextHeaders are the synthetic headers of pasted text.
var TextHeaders = []string{"nickname", "platformId"}

// ReadText reads pasted text: one member per line, either a name alone or
// a name and an ID separated by a tab, a comma or a full-width comma (，).
// With a tab the first two cells count; with commas the last one splits, so
// a name may hold commas. Blank lines are skipped; Lines holds the line
// numbers (the first line is 1). Headers are TextHeaders.
func ReadText(s string) Table {
	t := Table{Headers: slices.Clone(TextHeaders)}
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	for i, line := range strings.Split(s, "\n") {
		name, id := splitLine(line)
		name, id = Clean(name), Clean(id)
		if name == "" && id == "" {
			continue
		}
		t.Rows = append(t.Rows, []string{name, id})
		t.Lines = append(t.Lines, i+1)
	}
	return t
}

func splitLine(line string) (name, id string) {
	if cells := strings.Split(line, "\t"); len(cells) > 1 {
		return cells[0], cells[1]
	}
	i := max(strings.LastIndex(line, ","), strings.LastIndex(line, "，"))
	if i < 0 {
		return line, ""
	}
	sep := len(",")
	if strings.HasPrefix(line[i:], "，") {
		sep = len("，")
	}
	return line[:i], line[i+sep:]
}
