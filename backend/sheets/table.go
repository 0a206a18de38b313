// Reading: member lists (CSV in any of the encodings Excel and WPS save,
// XLSX, pasted text) become a Table; the package guesses which column holds
// which member field and turns rows into validated Records. It is pure: no
// database, no files (callers pass bytes), no clock unless Options.Now is
// left zero.

package sheets

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"

	"qunzhu/backend/errs"
)

// Table is a file's content as text cells. It is rectangular: every row has
// len(Headers) cells (headers are padded with "" when rows are wider).
// Lines[i] is the row number of Rows[i] as a spreadsheet shows it: the
// header is row 1, the first data row is row 2, skipped empty rows still
// count. For pasted text Lines holds line numbers and there is no header row.
type Table struct {
	Headers  []string
	Rows     [][]string
	Lines    []int
	Encoding string   // CSV: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030
	Sheet    string   // XLSX: the sheet read
	Sheets   []string // XLSX: every sheet, in workbook order
}

var (
	zipMagic = []byte("PK\x03\x04")
	cfbMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1} // .xls and other OLE files
)

// Read reads a member list by its content: an XLSX workbook (a zip file)
// or else delimited text. name only sharpens the error for a file named
// .xlsx that is not one. sheet chooses the XLSX sheet ("" = the first).
func Read(name string, b []byte, sheet string) (Table, error) {
	return ReadContext(context.Background(), name, b, sheet)
}

// ReadContext is Read, stopped with errs.ErrCancelled when ctx is
// cancelled. Both refuse a file over the limits (see MaxFileBytes).
func ReadContext(ctx context.Context, name string, b []byte, sheet string) (Table, error) {
	switch {
	case len(bytes.TrimSpace(b)) == 0:
		return Table{}, errEmpty()
	case bytes.HasPrefix(b, zipMagic):
		return readXLSX(ctx, b, sheet)
	case bytes.HasPrefix(b, cfbMagic):
		return Table{}, errs.New(errs.Invalid, "err.import.xls", nil)
	case isXLSXName(name):
		return Table{}, errXLSX(nil)
	}
	return readCSV(ctx, b)
}

func isXLSXName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".xlsx" || ext == ".xlsm"
}

func errEmpty() error {
	return errs.New(errs.Invalid, "err.import.empty", nil)
}

func errNoRows() error {
	return errs.New(errs.Invalid, "err.import.no_rows", nil)
}

func errXLSX(cause error) error {
	return &errs.Error{Code: errs.Invalid, Key: "err.import.xlsx", Err: cause}
}

// shape makes t rectangular and checks it has a header and data rows. raw
// holds the file's non-empty records, cleaned, and lines their row numbers.
func shape(raw [][]string, lines []int) (Table, error) {
	if len(raw) == 0 {
		return Table{}, errEmpty()
	}
	width := 0
	for _, r := range raw {
		width = max(width, usedWidth(r))
	}
	t := Table{Headers: pad(raw[0], width), Rows: make([][]string, 0, len(raw)-1), Lines: lines[1:]}
	for _, r := range raw[1:] {
		t.Rows = append(t.Rows, pad(r, width))
	}
	if len(t.Rows) == 0 {
		return t, errNoRows()
	}
	return t, nil
}

// usedWidth is the number of cells up to the last non-empty one.
func usedWidth(r []string) int {
	for i := len(r) - 1; i >= 0; i-- {
		if r[i] != "" {
			return i + 1
		}
	}
	return 0
}

// pad returns r cut or padded with "" to exactly n cells.
func pad(r []string, n int) []string {
	if len(r) >= n {
		return r[:n:n]
	}
	return append(r, make([]string, n-len(r))...)
}
