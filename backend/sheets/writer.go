package sheets

import (
	"bufio"
	"encoding/csv"
	"os"
	"strconv"

	"github.com/xuri/excelize/v2"

	"qunzhu/backend/errs"
)

// Formats a Writer writes.
const (
	CSV  = "csv"
	XLSX = "xlsx"
)

// Writer writes a sheet one row at a time. Cells are strings (text), ints
// (numbers) or nil (empty): an XLSX file keeps each cell's type, a CSV file
// writes numbers as digits and text through Safe.
type Writer struct {
	csv  *csvWriter
	xlsx *xlsxWriter
}

// Create starts a sheet at path in format (CSV or XLSX). XLSX needs path to
// end in .xlsx.
func Create(path, format string) (*Writer, error) {
	if format == XLSX {
		x, err := newXLSX(path)
		if err != nil {
			return nil, err
		}
		return &Writer{xlsx: x}, nil
	}
	c, err := newCSV(path)
	if err != nil {
		return nil, err
	}
	return &Writer{csv: c}, nil
}

// Write adds a row.
func (w *Writer) Write(cells []any) error {
	if w.xlsx != nil {
		return w.xlsx.write(cells)
	}
	return w.csv.write(cells)
}

// Close finishes the file; its error says whether the file is whole.
func (w *Writer) Close() error {
	if w.xlsx != nil {
		return w.xlsx.close()
	}
	return w.csv.close()
}

// WriteFile writes rows to path in format.
func WriteFile(path, format string, rows [][]any) error {
	w, err := Create(path, format)
	if err != nil {
		return errs.Wrap(err, "write sheet")
	}
	for _, r := range rows {
		if err = w.Write(r); err != nil {
			break
		}
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return errs.Wrap(err, "write sheet")
}

// Text turns a row of strings into sheet cells, all text.
func Text(row []string) []any {
	out := make([]any, len(row))
	for i, s := range row {
		out[i] = s
	}
	return out
}

type csvWriter struct {
	f    *os.File
	b    *bufio.Writer
	w    *csv.Writer
	line []string
}

func newCSV(path string) (*csvWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	b := bufio.NewWriter(f)
	b.WriteString("\uFEFF") // BOM: Excel reads the file as UTF-8
	w := csv.NewWriter(b)
	w.UseCRLF = true
	return &csvWriter{f: f, b: b, w: w}, nil
}

func (c *csvWriter) write(cells []any) error {
	c.line = c.line[:0]
	for _, v := range cells {
		c.line = append(c.line, csvCell(v))
	}
	return c.w.Write(c.line)
}

// csvCell writes a number as digits and text through Safe.
func csvCell(v any) string {
	switch v := v.(type) {
	case string:
		return Safe(v)
	case int:
		return strconv.Itoa(v)
	case int64:
		return strconv.FormatInt(v, 10)
	}
	return ""
}

func (c *csvWriter) close() error {
	c.w.Flush()
	err := c.w.Error()
	if ferr := c.b.Flush(); err == nil {
		err = ferr
	}
	if cerr := c.f.Close(); err == nil {
		err = cerr
	}
	return errs.Wrap(err, "write csv")
}

type xlsxWriter struct {
	path string
	file *excelize.File
	sw   *excelize.StreamWriter
	row  int
}

func newXLSX(path string) (*xlsxWriter, error) {
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		f.Close()
		return nil, err
	}
	return &xlsxWriter{path: path, file: f, sw: sw}, nil
}

// write sets a row; excelize writes strings as text cells (never formulas)
// and ints as numbers.
func (x *xlsxWriter) write(cells []any) error {
	x.row++
	name, _ := excelize.CoordinatesToCellName(1, x.row)
	return x.sw.SetRow(name, cells)
}

func (x *xlsxWriter) close() error {
	defer x.file.Close()
	if err := x.sw.Flush(); err != nil {
		return errs.Wrap(err, "write xlsx")
	}
	return errs.Wrap(x.file.SaveAs(x.path), "write xlsx")
}
