package app

import (
	"context"
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"
	"qunzhu/backend/activity"
	"qunzhu/backend/chatlog"

	"qunzhu/locales"
)

// ActivityAPI imports chat and comment exports as member activity.
type ActivityAPI struct{ a *App }

func newActivityAPI(a *App) *ActivityAPI { return &ActivityAPI{a: a} }

// ChooseFile opens the native file dialog for an export; "" when cancelled.
func (v *ActivityAPI) ChooseFile() (_ string, err error) {
	defer v.a.catchPanic(&err)
	lang := v.a.language()
	return v.a.openDialog(runtime.OpenDialogOptions{
		Title: locales.Localize(lang, "ui.activity.choose_title", nil),
		Filters: []runtime.FileFilter{
			{DisplayName: locales.Localize(lang, "ui.activity.file_types", nil), Pattern: "*.txt;*.csv;*.json;*.jsonl"},
		},
	})
}

// Preview reads an export and tells what importing it would do.
func (v *ActivityAPI) Preview(path string) (_ ActivityPreviewDTO, err error) {
	defer v.a.catchPanic(&err)
	return v.preview(activity.Request{Path: path})
}

// PreviewMapped reads a generic CSV export with the columns and the platform
// chosen in the mapping step (the other request fields are ignored).
func (v *ActivityAPI) PreviewMapped(req ActivityRequestDTO) (_ ActivityPreviewDTO, err error) {
	defer v.a.catchPanic(&err)
	return v.preview(activity.Request{Path: req.Path, Columns: req.Columns.toDomain(), Platform: req.Platform})
}

// preview runs a preview; a generic CSV its columns can't read comes back
// with the problem, so the mapping step can fix the columns.
func (v *ActivityAPI) preview(req activity.Request) (ActivityPreviewDTO, error) {
	p, err := v.a.ws.Activity.Preview(v.a.call(), req)
	out := toActivityPreviewDTO(p, v.a.language())
	if err != nil && p.Format == string(chatlog.Generic) && len(p.Header) > 0 {
		problem := FormatError(err, v.a.language(), v.a.log)
		out.Problem = &problem
		return out, nil
	}
	return out, err
}

// Start imports an export in the background and returns its job id:
// "activity:progress" events (bytes read of the file's size), then
// "activity:done" or "activity:failed".
func (v *ActivityAPI) Start(req ActivityRequestDTO) (_ string, err error) {
	defer v.a.catchPanic(&err)
	return v.a.startJob(activityJob, func(ctx context.Context, j *job) (any, error) { return v.store(ctx, j, req.toDomain()) }), nil
}

// store imports req, then works out the tiers, scans the keywords and works
// the badges out again.
func (v *ActivityAPI) store(ctx context.Context, j *job, req activity.Request) (any, error) {
	rep, err := v.a.ws.Activity.Import(ctx, req, j.progress)
	if err != nil {
		return nil, err
	}
	sum, err := v.a.ws.Activity.Recompute(ctx, time.Now())
	if err != nil { // the import is stored; the tiers can be worked out again later
		v.a.log.Error("recompute tiers after import", "err", err)
	}
	v.a.Keywords.afterImport(ctx)
	v.a.Badges.afterImport(ctx)
	return ActivityDoneDTO{JobID: j.id, Report: toActivityReportDTO(rep, v.a.language()), Tiers: toSummaryDTO(sum)}, nil
}

// Cancel stops a running import; nothing of it is stored.
func (v *ActivityAPI) Cancel(jobID string) (err error) {
	defer v.a.catchPanic(&err)
	v.a.cancelJob(jobID)
	return nil
}

// History lists past activity imports, newest first.
func (v *ActivityAPI) History() (_ []ActivityRecordDTO, err error) {
	defer v.a.catchPanic(&err)
	rs, err := v.a.ws.Activity.History(v.a.call(), 200)
	lang := v.a.language()
	out := make([]ActivityRecordDTO, len(rs))
	for i, r := range rs {
		out[i] = ActivityRecordDTO{ID: r.ID, FileName: r.FileName, Format: r.Format, Events: r.Events,
			Duplicates: r.Duplicates, NewMembers: r.NewMembers, Skipped: r.Skipped,
			Problems: toActivityProblemDTOs(r.Problems, lang), CreatedAt: r.CreatedAt.Format(time.RFC3339)}
	}
	return out, err
}
