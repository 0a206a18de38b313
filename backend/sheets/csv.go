package sheets

import (
	"context"
	"encoding/csv"
	"errors"
	"io"
	"strings"

	"qunzhu/backend/errs"
)

// ReadCSV reads delimited text: any encoding Decode knows, comma, tab or
// semicolon delimited (sniffed), quoted fields with delimiters and line
// breaks, the first non-empty row as headers. Empty rows are skipped but
// keep their place in the row numbers, which count rows as Excel shows
// them (a quoted line break does not start a new row).
func ReadCSV(b []byte) (Table, error) { return readCSV(context.Background(), b) }

// readCSV is ReadCSV, stopped when ctx is cancelled and refusing a file
// over the limits (file size, columns, cells).
func readCSV(ctx context.Context, b []byte) (Table, error) {
	if err := CheckSize(int64(len(b))); err != nil {
		return Table{}, err
	}
	text, enc, err := Decode(b)
	if err != nil {
		return Table{}, err
	}
	if !strings.Contains(text, "\n") {
		text = strings.ReplaceAll(text, "\r", "\n") // classic Mac line ends
	}
	delim := sniffDelimiter(text)
	if err := checkFieldCounts(text, delim); err != nil {
		return Table{}, err
	}
	raw, lines, err := readRecords(ctx, text, delim)
	if err != nil {
		return Table{}, err
	}
	t, err := shape(raw, lines)
	t.Encoding = enc
	return t, err
}

// readRecords returns the non-empty records of text, cleaned, with their
// row numbers.
func readRecords(ctx context.Context, text string, delim rune) (raw [][]string, lines []int, err error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = delim, true, -1
	extra := 0 // line breaks inside quoted fields so far
	b := budget{ctx: ctx}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return raw, lines, nil
		}
		if err != nil {
			return nil, nil, errCSV(err)
		}
		if err := b.next(); err != nil {
			return nil, nil, err
		}
		line, _ := r.FieldPos(0)
		row := line - extra
		extra += breaksIn(rec)
		unescape(rec)
		if !cleanRecord(rec) {
			continue
		}
		if rec, err = b.take(rec, row); err != nil {
			return nil, nil, err
		}
		raw, lines = append(raw, rec), append(lines, row)
	}
}

func errCSV(err error) error {
	var pe *csv.ParseError
	row := 0
	if errors.As(err, &pe) {
		row = pe.StartLine
	}
	return &errs.Error{Code: errs.Invalid, Key: "err.import.csv", Params: errs.Params{"Row": row}, Err: err}
}

// unescape undoes the "'" our own CSV exports put before formula-like
// cells, so an exported list imports as it was.
func unescape(rec []string) {
	for i, f := range rec {
		rec[i] = Unsafe(f)
	}
}

// breaksIn counts the line breaks inside the fields of rec.
func breaksIn(rec []string) int {
	n := 0
	for _, f := range rec {
		n += strings.Count(f, "\n")
	}
	return n
}

// cleanRecord cleans every cell in place and reports whether any is non-empty.
func cleanRecord(rec []string) bool {
	used := false
	for i, f := range rec {
		rec[i] = Clean(f)
		used = used || rec[i] != ""
	}
	return used
}
