package app

import (
	"github.com/wailsapp/wails/v2/pkg/runtime"

	"qunzhu/backend/members"
	"qunzhu/locales"
)

// ChooseExportPath asks where to save an export; "" when cancelled.
func (m *MembersAPI) ChooseExportPath(format string) (_ string, err error) {
	defer m.a.catchPanic(&err)
	lang := m.a.language()
	return m.a.saveDialog(runtime.SaveDialogOptions{
		Title:           locales.Localize(lang, "app.export.title", nil),
		DefaultFilename: locales.Localize(lang, "app.export.file_name", nil) + "." + format,
		Filters:         []runtime.FileFilter{{DisplayName: format, Pattern: "*." + format}},
	})
}

// Export writes the selection to a CSV or XLSX file.
func (m *MembersAPI) Export(r ExportRequestDTO) (_ ExportResultDTO, err error) {
	defer m.a.catchPanic(&err)
	req, err := r.ExportRequest(m.a.language())
	if err != nil {
		return ExportResultDTO{}, err
	}
	n, err := m.a.ws.Members.Export(m.a.call(), req)
	return ExportResultDTO{Path: r.Path, Rows: n}, err
}

// ExportRequestDTO says what to export where.
type ExportRequestDTO struct {
	Selection SelectionDTO `json:"selection"`
	Columns   []string     `json:"columns"` // MemberRowDTO field names
	Headers   []string     `json:"headers"` // header row as shown; "" = the column's localized name
	Format    string       `json:"format"`  // csv | xlsx
	Path      string       `json:"path"`
	Sort      string       `json:"sort"`
	Desc      bool         `json:"desc"`
}

// ExportRequest builds the backend request, naming headers and yes/no in lang.
func (r ExportRequestDTO) ExportRequest(lang string) (members.ExportRequest, error) {
	sel, err := r.Selection.toDomain()
	headers := make([]string, len(r.Columns))
	for i, c := range r.Columns {
		if i < len(r.Headers) && r.Headers[i] != "" {
			headers[i] = r.Headers[i]
		} else {
			headers[i] = locales.Localize(lang, "app.export.col."+c, nil)
		}
	}
	return members.ExportRequest{Selection: sel, Sort: r.Sort, Desc: r.Desc, Columns: r.Columns, Headers: headers,
		Yes: locales.Localize(lang, "app.export.yes", nil), No: locales.Localize(lang, "app.export.no", nil),
		Format: r.Format, Path: r.Path}, err
}

// ExportResultDTO tells where the file went and how many members it holds.
type ExportResultDTO struct {
	Path string `json:"path"`
	Rows int    `json:"rows"`
}
