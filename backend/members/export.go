package members

import (
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"qunzhu/backend/errs"
	"qunzhu/backend/sheets"
)

// ExportColumns are the member fields an export can hold.
var ExportColumns = []string{"nickname", "remark", "platform", "platformId", "daysFollowed", "fanLevel",
	"ironFan", "source", "tags", "createdAt", "updatedAt"}

// Export formats.
const (
	FormatCSV  = sheets.CSV
	FormatXLSX = sheets.XLSX
)

// ExportRequest says what to write where.
type ExportRequest struct {
	Selection
	Sort    string
	Desc    bool
	Columns []string // of ExportColumns
	Headers []string // the header row, one per column (localized by the caller)
	Yes, No string   // how iron fans are written
	Format  string
	Path    string
}

// Validate checks the columns, the format and the path.
func (r ExportRequest) Validate() error {
	fe := errs.Fields{}
	if len(r.Columns) == 0 || len(r.Headers) != len(r.Columns) {
		fe.Add("columns", "err.field.required", nil)
	}
	for _, c := range r.Columns {
		if !slices.Contains(ExportColumns, c) {
			fe.Add("columns", "err.member.column", errs.Params{"Value": c})
		}
	}
	if r.Format != FormatCSV && r.Format != FormatXLSX {
		fe.Add("format", "err.member.format", errs.Params{"Value": r.Format})
	}
	if strings.TrimSpace(r.Path) == "" {
		fe.Add("path", "err.field.required", nil)
	}
	return fe.Err()
}

// Export writes the selected members to a CSV (UTF-8 with BOM, so Excel
// shows Chinese) or XLSX file; it returns the number of members written.
func (s *Service) Export(ctx context.Context, r ExportRequest) (int, error) {
	if err := r.Validate(); err != nil {
		return 0, err
	}
	tmp := filepath.Join(filepath.Dir(r.Path), ".part-"+filepath.Base(r.Path)) // keeps the extension excelize needs
	out, err := sheets.Create(tmp, r.Format)
	if err != nil {
		return 0, errs.New(errs.Invalid, "err.export.path", errs.Params{"Path": r.Path})
	}
	n, err := s.writeRows(ctx, r, out)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return 0, err
	}
	return n, errs.Wrap(os.Rename(tmp, r.Path), "export")
}

func (s *Service) writeRows(ctx context.Context, r ExportRequest, out *sheets.Writer) (int, error) {
	if err := out.Write(sheets.Text(r.Headers)); err != nil {
		return 0, err
	}
	rows, err := s.selectRows(ctx, r)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := 0
	for batch := range batches(rows, s, 1000) {
		if batch.err != nil {
			return 0, batch.err
		}
		if err := s.attachTags(ctx, batch.rows); err != nil {
			return 0, err
		}
		for _, row := range batch.rows {
			if err := out.Write(cells(row, r)); err != nil {
				return 0, errs.Wrap(err, "export")
			}
			n++
		}
	}
	return n, nil
}

func (s *Service) selectRows(ctx context.Context, r ExportRequest) (*sql.Rows, error) {
	f := Filter{}
	if r.Filter != nil {
		f = *r.Filter
	}
	where, args, err := s.where(ctx, f, s.now())
	if err != nil {
		return nil, err
	}
	if r.Filter == nil {
		js, _ := json.Marshal(r.IDs)
		where += " AND m.id IN (SELECT value FROM json_each(?))"
		args = append(args, string(js))
	}
	q := `SELECT ` + rowColumns + ` FROM members m WHERE ` + where + ` ORDER BY ` + orderBy(Query{Sort: r.Sort, Desc: r.Desc})
	rows, err := s.db.Read().QueryContext(ctx, q, args...)
	return rows, errs.Wrap(err, "export")
}

// cells is a member's row: text as strings, counts as ints (typed in XLSX).
func cells(row Row, r ExportRequest) []any {
	out := make([]any, len(r.Columns))
	for i, c := range r.Columns {
		out[i] = cell(row, c, r)
	}
	return out
}

func cell(row Row, col string, r ExportRequest) any {
	switch col {
	case "nickname":
		return row.Nickname
	case "remark":
		return row.Remark
	case "platform":
		return row.Platform
	case "platformId":
		return row.PlatformID
	case "daysFollowed":
		if row.DaysFollowed == nil {
			return nil
		}
		return *row.DaysFollowed
	case "fanLevel":
		return row.FanLevel
	case "ironFan":
		if row.IronFan {
			return r.Yes
		}
		return r.No
	case "source":
		return row.Source
	case "tags":
		return strings.Join(row.Tags, ", ")
	case "createdAt":
		return row.CreatedAt.Local().Format("2006-01-02 15:04")
	case "updatedAt":
		return row.UpdatedAt.Local().Format("2006-01-02 15:04")
	}
	return ""
}
