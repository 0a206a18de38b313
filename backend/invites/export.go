package invites

import (
	"bufio"
	"context"
	"encoding/csv"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"

	"qunzhu/backend/errs"
	"qunzhu/locales"
)

// Export formats.
const (
	FormatCSV  = "csv"
	FormatXLSX = "xlsx"
)

// FormatOf is the export format a file name asks for ("" when neither).
func FormatOf(path string) string {
	switch p := strings.ToLower(path); {
	case strings.HasSuffix(p, ".csv"):
		return FormatCSV
	case strings.HasSuffix(p, ".xlsx"):
		return FormatXLSX
	}
	return ""
}

// ExportBatch writes a batch's drafts to path (CSV with a BOM, or XLSX)
// with headers in lang, and returns how many rows it wrote.
func (s *Service) ExportBatch(ctx context.Context, batch int64, path, lang string) (int, error) {
	format := FormatOf(path)
	if format == "" {
		return 0, errs.Fields{"path": {Key: "err.invites.format"}}.Err()
	}
	ds, err := s.Queue(ctx, batch, lang)
	if err != nil {
		return 0, err
	}
	rows := [][]string{header(lang, "nickname", "platform", "platformId", "variant", "state", "text")}
	for _, d := range ds {
		rows = append(rows, []string{d.Nickname, d.Platform, d.PlatformID, d.Variant,
			locales.Localize(lang, "ui.invites.state."+d.State, nil), d.Text})
	}
	return len(ds), WriteSheet(path, format, rows)
}

func header(lang string, cols ...string) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = locales.Localize(lang, "ui.invites.column."+c, nil)
	}
	return out
}

// WriteSheet writes rows to path as CSV (UTF-8 with a BOM, CRLF, so Excel
// reads it) or XLSX, like the member export.
func WriteSheet(path, format string, rows [][]string) error {
	if format == FormatXLSX {
		return writeXLSX(path, rows)
	}
	f, err := os.Create(path)
	if err != nil {
		return errs.Wrap(err, "write csv")
	}
	b := bufio.NewWriter(f)
	b.WriteString("\uFEFF")
	w := csv.NewWriter(b)
	w.UseCRLF = true
	w.WriteAll(rows)
	err = w.Error()
	if ferr := b.Flush(); err == nil {
		err = ferr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return errs.Wrap(err, "write csv")
}

func writeXLSX(path string, rows [][]string) error {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return errs.Wrap(err, "write xlsx")
	}
	for i, r := range rows {
		vals := make([]any, len(r))
		for k, c := range r {
			vals[k] = c
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := sw.SetRow(cell, vals); err != nil {
			return errs.Wrap(err, "write xlsx")
		}
	}
	if err := sw.Flush(); err != nil {
		return errs.Wrap(err, "write xlsx")
	}
	return errs.Wrap(f.SaveAs(path), "write xlsx")
}
