package importers

import (
	"bytes"
	"slices"

	"github.com/xuri/excelize/v2"

	"qunzhu/backend/errs"
)

// unzipLimit bounds what a workbook may unpack to (a zip bomb guard).
const unzipLimit = 1 << 30

// ReadXLSX reads one sheet of an XLSX workbook: the first when sheet is "".
// Cells are read raw, without number formats, so dates arrive as Excel
// serial numbers and long IDs keep all their digits. Row numbers are the
// sheet's. When the sheet is empty or has only headers the Table still
// lists Sheets, so the user can choose another.
func ReadXLSX(b []byte, sheet string) (Table, error) {
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{UnzipSizeLimit: unzipLimit})
	if err != nil {
		return Table{}, errXLSX(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return Table{}, errXLSX(nil)
	}
	if sheet == "" {
		sheet = sheets[0]
	}
	if !slices.Contains(sheets, sheet) {
		return Table{Sheets: sheets}, errs.New(errs.NotFound, "err.import.sheet", errs.Params{"Name": sheet})
	}
	raw, lines, err := readSheet(f, sheet)
	if err != nil {
		return Table{Sheets: sheets}, errXLSX(err)
	}
	t, err := shape(raw, lines)
	t.Sheet, t.Sheets = sheet, sheets
	if len(raw) == 0 {
		err = errs.New(errs.Invalid, "err.import.sheet_empty", errs.Params{"Name": sheet})
	}
	return t, err
}

// readSheet returns the sheet's non-empty rows, cleaned, with their numbers.
func readSheet(f *excelize.File, sheet string) (raw [][]string, lines []int, err error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for n := 1; rows.Next(); n++ {
		rec, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, nil, err
		}
		if cleanRecord(rec) {
			raw, lines = append(raw, rec), append(lines, n)
		}
	}
	return raw, lines, rows.Error()
}
