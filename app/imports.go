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
	jobs     *jobs
	previews previewSlot
}

func newImportsAPI(a *App) *ImportsAPI { return &ImportsAPI{a: a, jobs: newJobs()} }

// ChooseFile opens the native file dialog; "" when the user cancels.
func (i *ImportsAPI) ChooseFile() (string, error) {
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
func (i *ImportsAPI) Preview(req ImportRequestDTO) (ImportPreviewDTO, error) {
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
func (i *ImportsAPI) Start(req ImportRequestDTO) string {
	return i.jobs.start(i.a.call(), func(ctx context.Context, id string) { i.run(ctx, id, req) })
}

func (i *ImportsAPI) run(ctx context.Context, id string, req ImportRequestDTO) {
	rep, err := i.a.ws.Imports.Run(ctx, req.toDomain(), func(done, total int) {
		emit(i.a.call(), EventImportProgress, ImportProgressDTO{JobID: id, Done: done, Total: total})
	})
	if err != nil {
		emit(i.a.call(), EventImportFailed, ImportFailedDTO{JobID: id, Error: FormatError(err, i.a.language(), i.a.log),
			Invalid: ToProblemDTOs(rep.Invalid, i.a.language())})
		return
	}
	emit(i.a.call(), EventImportDone, ImportDoneDTO{JobID: id, Report: ToReportDTO(rep, i.a.language())})
}

// Cancel stops a running import; nothing of it is stored.
func (i *ImportsAPI) Cancel(jobID string) { i.jobs.stop(jobID) }

// History lists the past imports, newest first.
func (i *ImportsAPI) History() ([]ImportRecordDTO, error) {
	rs, err := i.a.ws.Members.History(i.a.call(), 200)
	return toRecordDTOs(rs, i.a.language()), err
}

// ImportProgressDTO is an "import:progress" event.
type ImportProgressDTO struct {
	JobID string `json:"jobId"`
	Done  int    `json:"done"`
	Total int    `json:"total"`
}

// ImportDoneDTO is an "import:done" event.
type ImportDoneDTO struct {
	JobID  string          `json:"jobId"`
	Report ImportReportDTO `json:"report"`
}

// ImportFailedDTO is an "import:failed" event; Invalid lists the bad rows
// when that is why nothing was stored.
type ImportFailedDTO struct {
	JobID   string       `json:"jobId"`
	Error   ErrorDTO     `json:"error"`
	Invalid []ProblemDTO `json:"invalid"`
}
