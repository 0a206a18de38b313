package sheets

import (
	"context"
	"slices"

	"github.com/xuri/excelize/v2"

	"qunzhu/backend/errs"
)

// Limits on a member list, so that a small hostile file (one cell at
// column XFD on every row, a zip bomb, a line of a million commas) cannot
// eat the machine's memory or time: it is refused with a message saying
// which limit it broke and where.
const (
	MaxFileBytes     = 100 << 20 // the file as stored
	MaxUnpackedBytes = 128 << 20 // XLSX: every part of the workbook, unpacked (our own export of 120,000 members is about 75 MB)
	MaxHeldBytes     = 16 << 20  // XLSX: the parts read into memory (all but the big sheets, which stream)
	MaxSheetRows     = 1 << 20   // XLSX: rows of a sheet, empty or not, as many as Excel has
	MaxRows          = 120_000   // rows with data below the header (each becomes a member to check)
	MaxColumns       = 1024      // columns a row may use
	MaxCells         = 1_500_000 // rows × columns of the whole table (100,000 members with 15 columns)
)

// CheckSize refuses a file of n bytes when it is over MaxFileBytes.
func CheckSize(n int64) error {
	if n > MaxFileBytes {
		return errs.New(errs.Invalid, "err.import.limit.file", errs.Params{"MB": MaxFileBytes >> 20})
	}
	return nil
}

func errUnpacked() error {
	return errs.New(errs.Invalid, "err.import.limit.unpacked", errs.Params{"MB": MaxUnpackedBytes >> 20})
}

func errHeld() error {
	return errs.New(errs.Invalid, "err.import.limit.held", errs.Params{"MB": MaxHeldBytes >> 20})
}

func errSheetRows() error {
	return errs.New(errs.Invalid, "err.import.limit.rows", errs.Params{"Max": MaxSheetRows})
}

// errColumns names the row and the column (as a spreadsheet letters it)
// of a cell beyond MaxColumns.
func errColumns(row, column int) error {
	name, _ := excelize.ColumnNumberToName(min(column, excelize.MaxColumns))
	return errs.New(errs.Invalid, "err.import.limit.columns", errs.Params{"Row": row, "Column": name, "Max": MaxColumns})
}

// budget counts the table being read against MaxRows, MaxColumns and
// MaxCells (the table is padded to its widest row, so it costs rows × width
// cells).
type budget struct {
	ctx   context.Context
	seen  int // rows read, empty or not
	width int
	rows  int // rows kept
}

// next counts a row read, empty or not, and every 1,024 rows says whether
// the reading was cancelled.
func (b *budget) next() error {
	if b.seen++; b.seen%1024 == 0 && b.ctx.Err() != nil {
		return errs.ErrCancelled
	}
	return nil
}

// take counts the record at row and returns it without its trailing empty
// cells (copied when they were many, so a row reaching column XFD with
// empty cells does not keep 16,384 of them), or says which limit it
// breaks.
func (b *budget) take(rec []string, row int) ([]string, error) {
	w := usedWidth(rec)
	if w > MaxColumns {
		return nil, errColumns(row, w)
	}
	b.width, b.rows = max(b.width, w), b.rows+1
	if b.rows > MaxRows+1 { // +1: the header
		return nil, errs.New(errs.Invalid, "err.import.limit.members", errs.Params{"Row": row, "Max": MaxRows})
	}
	if b.width*b.rows > MaxCells {
		return nil, errs.New(errs.Invalid, "err.import.limit.cells", errs.Params{"Row": row, "Max": MaxCells})
	}
	if cap(rec) > 2*w+8 {
		return slices.Clone(rec[:w]), nil
	}
	return rec[:w], nil
}
