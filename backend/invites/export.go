package invites

import (
	"context"
	"strings"

	"qunzhu/backend/errs"
	"qunzhu/backend/sheets"
	"qunzhu/locales"
)

// Export formats.
const (
	FormatCSV  = sheets.CSV
	FormatXLSX = sheets.XLSX
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

// WriteSheet writes rows of text to path as CSV (UTF-8 with a BOM, CRLF,
// formula-safe, so Excel reads it) or XLSX, like the member export.
func WriteSheet(path, format string, rows [][]string) error {
	cells := make([][]any, len(rows))
	for i, r := range rows {
		cells[i] = sheets.Text(r)
	}
	return sheets.WriteFile(path, format, cells)
}
