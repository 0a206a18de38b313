package members

import (
	"bufio"
	"database/sql"
	"encoding/csv"
	"iter"
	"os"

	"github.com/xuri/excelize/v2"

	"qunzhu/backend/errs"
)

func openSheet(format, path string) (sheet, error) {
	if format == FormatXLSX {
		return newXLSX(path)
	}
	return newCSV(path)
}

type csvSheet struct {
	f *os.File
	b *bufio.Writer
	w *csv.Writer
}

func newCSV(path string) (*csvSheet, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	b := bufio.NewWriter(f)
	b.WriteString("\uFEFF") // BOM: Excel reads the file as UTF-8
	w := csv.NewWriter(b)
	w.UseCRLF = true
	return &csvSheet{f: f, b: b, w: w}, nil
}

func (c *csvSheet) write(cells []string) error { return c.w.Write(cells) }

func (c *csvSheet) close() error {
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

type xlsxSheet struct {
	path string
	file *excelize.File
	sw   *excelize.StreamWriter
	row  int
}

func newXLSX(path string) (*xlsxSheet, error) {
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return nil, err
	}
	return &xlsxSheet{path: path, file: f, sw: sw}, nil
}

func (x *xlsxSheet) write(cells []string) error {
	x.row++
	vals := make([]any, len(cells))
	for i, c := range cells {
		vals[i] = c
	}
	cellName, _ := excelize.CoordinatesToCellName(1, x.row)
	return x.sw.SetRow(cellName, vals)
}

func (x *xlsxSheet) close() error {
	if err := x.sw.Flush(); err != nil {
		return errs.Wrap(err, "write xlsx")
	}
	err := x.file.SaveAs(x.path)
	x.file.Close()
	return errs.Wrap(err, "write xlsx")
}

type batch struct {
	rows []Row
	err  error
}

// batches reads rows n at a time.
func batches(rows *sql.Rows, s *Service, n int) iter.Seq[batch] {
	return func(yield func(batch) bool) {
		for {
			list, err := scanSome(rows, s.now(), n)
			if err != nil {
				yield(batch{err: err})
				return
			}
			if len(list) == 0 || !yield(batch{rows: list}) {
				return
			}
		}
	}
}
