package sheets

// delimiters a CSV file may use, in order of preference on a tie.
var delimiters = []rune{',', '\t', ';'}

const sniffLines = 20

// sniffDelimiter picks the delimiter that splits the first lines into the
// same number of columns most often, counting only outside quotes; more
// columns break a tie. A file with none of them is read as one column.
func sniffDelimiter(text string) rune {
	best, bestAgree, bestCols := ',', 0, 0
	for _, d := range delimiters {
		counts := countPerLine(text, d)
		if len(counts) == 0 || counts[0] == 0 {
			continue
		}
		agree := 0
		for _, c := range counts {
			if c == counts[0] {
				agree++
			}
		}
		if agree > bestAgree || (agree == bestAgree && counts[0] > bestCols) {
			best, bestAgree, bestCols = d, agree, counts[0]
		}
	}
	return best
}

// countPerLine counts d outside quotes on each of the first non-blank lines
// (a quoted line break continues the line).
func countPerLine(text string, d rune) []int {
	var counts []int
	n, quoted, blank := 0, false, true
	for _, r := range text {
		switch {
		case r == '"':
			quoted = !quoted
		case r == d && !quoted:
			n++
		case r == '\n' && !quoted:
			if !blank {
				counts = append(counts, n)
				if len(counts) == sniffLines {
					return counts
				}
			}
			n, blank = 0, true
			continue
		}
		if r != '\r' && r != ' ' {
			blank = false
		}
	}
	if !blank {
		counts = append(counts, n)
	}
	return counts
}
