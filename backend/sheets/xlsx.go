package sheets

import (
	"archive/zip"
	"bytes"
	"context"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"qunzhu/backend/errs"
)

// streamAbove is the size above which excelize unpacks a sheet to a
// temporary file and streams it instead of holding it in memory.
const streamAbove = 1 << 20

// ReadXLSX reads one sheet of an XLSX workbook: the first when sheet is "".
// Cells are read raw, without number formats, so dates arrive as Excel
// serial numbers and long IDs keep all their digits. Row numbers are the
// sheet's. When the sheet is empty or has only headers the Table still
// lists Sheets, so the user can choose another.
func ReadXLSX(b []byte, sheet string) (Table, error) {
	return readXLSX(context.Background(), b, sheet)
}

// readXLSX is ReadXLSX, stopped when ctx is cancelled and refusing a
// workbook over the limits (file size, unpacked size, columns, cells).
func readXLSX(ctx context.Context, b []byte, sheet string) (Table, error) {
	if err := CheckSize(int64(len(b))); err != nil {
		return Table{}, err
	}
	if err := checkUnpacked(b); err != nil {
		return Table{}, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(b),
		excelize.Options{UnzipSizeLimit: MaxUnpackedBytes, UnzipXMLSizeLimit: streamAbove})
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
	raw, lines, err := readSheet(ctx, f, sheet)
	if err != nil {
		return Table{Sheets: sheets}, err
	}
	t, err := shape(raw, lines)
	t.Sheet, t.Sheets = sheet, sheets
	if len(raw) == 0 {
		err = errs.New(errs.Invalid, "err.import.sheet_empty", errs.Params{"Name": sheet})
	}
	return t, err
}

// checkUnpacked refuses a workbook that unpacks to more than
// MaxUnpackedBytes, or whose parts held in memory (all but the big sheets,
// which stream from a temporary file) come to more than MaxHeldBytes. The
// sizes are the zip's own, which archive/zip holds each part to.
func checkUnpacked(b []byte) error {
	if tooManyParts(b) {
		return errXLSX(nil)
	}
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return errXLSX(err)
	}
	var total, held uint64
	for _, f := range z.File {
		total += f.UncompressedSize64
		if !isSheetPart(f.Name) || f.UncompressedSize64 <= streamAbove {
			held += f.UncompressedSize64
		}
		if total > MaxUnpackedBytes {
			return errUnpacked()
		}
		if held > MaxHeldBytes {
			return errHeld()
		}
	}
	return nil
}

// maxParts is more parts than any workbook of a member list holds; the
// zip's directory costs memory per part before anything is unpacked.
const maxParts = 10_000

// tooManyParts counts the zip's directory entries by their signature
// before archive/zip reads them (whatever count its end record claims).
func tooManyParts(b []byte) bool {
	return bytes.Count(b, []byte("PK\x01\x02")) > maxParts
}

func isSheetPart(name string) bool {
	return strings.HasPrefix(strings.ToLower(strings.ReplaceAll(name, "\\", "/")), "xl/worksheets/sheet")
}

// readSheet streams the sheet's rows and returns the non-empty ones,
// cleaned, with their numbers.
func readSheet(ctx context.Context, f *excelize.File, sheet string) (raw [][]string, lines []int, err error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, nil, errXLSX(err)
	}
	defer rows.Close()
	b := budget{ctx: ctx}
	for n := 1; rows.Next(); n++ {
		if n > MaxSheetRows {
			return nil, nil, errSheetRows()
		}
		if err := b.next(); err != nil {
			return nil, nil, err
		}
		rec, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, nil, errXLSX(err)
		}
		if !cleanRecord(rec) {
			continue
		}
		if rec, err = b.take(rec, n); err != nil {
			return nil, nil, err
		}
		raw, lines = append(raw, rec), append(lines, n)
	}
	if err := rows.Error(); err != nil {
		return nil, nil, errXLSX(err)
	}
	return raw, lines, nil
}
