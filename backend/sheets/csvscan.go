package sheets

// checkFieldCounts refuses text with a record of more than MaxColumns
// fields before encoding/csv splits it, since a line of a million
// delimiters would cost a million strings. It follows csv.Reader with
// LazyQuotes: a quote opens a field only at its start, "" inside a quoted
// field is a quote, and a quote followed by anything but a delimiter or a
// line end stays in the field. Rows are counted as readRecords counts them.
func checkFieldCounts(text string, delim rune) error {
	const (
		start = iota
		plain
		quoted
		quote // a quote seen inside a quoted field
	)
	state, fields, row := start, 1, 1
	for _, c := range text {
		switch {
		case state == quoted:
			if c == '"' {
				state = quote
			}
			continue
		case state == quote && c == '"':
			state = quoted
			continue
		case state == start && c == '"':
			state = quoted
			continue
		case c == delim:
			if fields++; fields > MaxColumns {
				return errColumns(row, fields)
			}
			state = start
		case c == '\n':
			state, fields, row = start, 1, row+1
		case state == quote && c != '\r':
			state = quoted // lazy: a stray quote stays in the field
		default:
			state = plain
		}
	}
	return nil
}
