package chatlog

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
)

// csvTable streams the rows of a CSV export with a header row.
type csvTable struct {
	r      *csv.Reader
	cols   map[string]int // lower-case header -> column
	header []string
	width  int
}

// openCSV reads the header row of text.
func openCSV(text io.Reader) (*csvTable, error) {
	r := csv.NewReader(text)
	r.LazyQuotes, r.FieldsPerRecord, r.ReuseRecord = true, -1, true
	head, err := r.Read()
	if err != nil {
		return nil, errCSV(err, 1)
	}
	t := &csvTable{r: r, cols: map[string]int{}, header: append([]string(nil), head...), width: len(head)}
	for i, h := range head {
		t.cols[strings.ToLower(strings.TrimSpace(trimMarksString(h)))] = i
	}
	return t, nil
}

// col is the column of the first header present among names, else -1.
func (t *csvTable) col(names ...string) int {
	for _, n := range names {
		if i, ok := t.cols[strings.ToLower(n)]; ok {
			return i
		}
	}
	return -1
}

// each calls fn with every non-empty row and the line it starts on. A row
// shorter than the header, or one the CSV reader cannot split, is a
// problem in s, left out.
func (t *csvTable) each(s *sink, fn func(rec []string, line int) error) error {
	for {
		rec, err := t.r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) && isSyntax(pe.Err) {
			s.problem(pe.StartLine, keyBadLine)
			continue
		}
		if err != nil {
			return errCSV(err, 0)
		}
		line, _ := t.r.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) < t.width {
			s.problem(line, keyBadLine)
			continue
		}
		if err := fn(rec, line); err != nil {
			return err
		}
	}
}

// isSyntax tells the CSV reader's complaints about a record from a failure
// to read the file.
func isSyntax(err error) bool {
	return errors.Is(err, csv.ErrQuote) || errors.Is(err, csv.ErrBareQuote) || errors.Is(err, csv.ErrFieldCount)
}

// errCSV names the line of a CSV reading error.
func errCSV(err error, line int) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return errAt(keyBadLine, pe.StartLine, err)
	}
	if errors.Is(err, io.EOF) {
		return errAt(keyTruncated, line, err)
	}
	return errRead(err, line)
}

// field is rec[i], or "" when the column is missing.
func field(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return rec[i]
}
