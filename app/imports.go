package app

import (
	"context"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"qunzhu/locales"
)

// ImportsAPI previews and runs member imports, one job at a time per call,
// streaming progress as events and cancellable.
type ImportsAPI struct {
	a        *App
	previews previewSlot
}

func newImportsAPI(a *App) *ImportsAPI { return &ImportsAPI{a: a} }

// ChooseFile opens the native file dialog; "" when the user cancels.
func (i *ImportsAPI) ChooseFile() (_ string, err error) {
	defer i.a.catchPanic(&err)
	lang := i.a.language()
	return i.a.openDialog(runtime.OpenDialogOptions{
		Title: locales.Localize(lang, "ui.import.choose_title", nil),
		Filters: []runtime.FileFilter{
			{DisplayName: locales.Localize(lang, "ui.import.file_types", nil), Pattern: "*.csv;*.xlsx;*.txt;*.tsv"},
		},
	})
}

// Preview reads and maps the source without writing anything; a later
// Preview or CancelPreview stops it.
func (i *ImportsAPI) Preview(req ImportRequestDTO) (_ ImportPreviewDTO, err error) {
	defer i.a.catchPanic(&err)
	ctx, end := i.previews.begin(i.a.call())
	defer end()
	p, err := i.a.ws.Imports.Preview(ctx, req.toDomain())
	if err != nil {
		return ImportPreviewDTO{}, err
	}
	return toPreviewDTO(p, i.a.language()), nil
}

// Start runs an import in the background and returns its job id. Progress
// arrives as "import:progress" events, the end as "import:done" or
// "import:failed".
func (i *ImportsAPI) Start(req ImportRequestDTO) (_ string, err error) {
	defer i.a.catchPanic(&err)
	return i.a.startJob(memberImportJob, func(ctx context.Context, j *job) (any, error) { return i.run(ctx, j, req) }), nil
}

func (i *ImportsAPI) run(ctx context.Context, j *job, req ImportRequestDTO) (any, error) {
	rep, err := i.a.ws.Imports.Run(ctx, req.toDomain(), j.progress)
	if err != nil {
		j.invalid = ToProblemDTOs(rep.Invalid, i.a.language())
		return nil, err
	}
	return ImportDoneDTO{JobID: j.id, Report: ToReportDTO(rep, i.a.language())}, nil
}

// Cancel stops a running import; nothing of it is stored.
func (i *ImportsAPI) Cancel(jobID string) (err error) {
	defer i.a.catchPanic(&err)
	i.a.cancelJob(jobID)
	return nil
}

// History lists the past imports, newest first.
func (i *ImportsAPI) History() (_ []ImportRecordDTO, err error) {
	defer i.a.catchPanic(&err)
	rs, err := i.a.ws.Members.History(i.a.call(), 200)
	return toRecordDTOs(rs, i.a.language()), err
}

// ImportDoneDTO is an "import:done" event.
type ImportDoneDTO struct {
	JobID  string          `json:"jobId"`
	Report ImportReportDTO `json:"report"`
}
