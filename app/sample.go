package app

import (
	"context"
	"time"

	"qunzhu/backend/sample"
)

// SampleAPI makes the demo workspace ("Try with sample data").
type SampleAPI struct {
	a    *App
	jobs *jobs // the running sample (one at a time: the backend refuses a second)
}

func newSampleAPI(a *App) *SampleAPI { return &SampleAPI{a: a, jobs: newJobs()} }

// Events of a sample being made.
const (
	EventSampleProgress = "sample:progress"
	EventSampleDone     = "sample:done"
	EventSampleFailed   = "sample:failed"
)

// SampleReportDTO is what the sample made.
type SampleReportDTO struct {
	Groups      int `json:"groups"`
	Members     int `json:"members"`
	Events      int `json:"events"`
	Polls       int `json:"polls"`
	Lotteries   int `json:"lotteries"`
	Invitations int `json:"invitations"`
	PlanItems   int `json:"planItems"`
	Admins      int `json:"admins"`
	Violations  int `json:"violations"`
}

// SampleDoneDTO is a "sample:done" event.
type SampleDoneDTO struct {
	JobID  string          `json:"jobId"`
	Report SampleReportDTO `json:"report"`
}

// CanCreate tells whether the database is empty enough for the sample
// (no groups, no members).
func (v *SampleAPI) CanCreate() (bool, error) { return sample.Empty(v.a.call(), v.a.ws) }

// Start makes the demo workspace in the background and returns the job id:
// "sample:progress" events (done of total), then "sample:done" or
// "sample:failed". Failed or cancelled, it keeps nothing.
func (v *SampleAPI) Start() string {
	return v.jobs.start(v.a.call(), func(ctx context.Context, id string) { v.run(ctx, id) })
}

func (v *SampleAPI) run(ctx context.Context, id string) {
	o := sample.Defaults(time.Now(), v.a.language())
	o.Progress = func(done, total int) {
		emit(v.a.call(), EventSampleProgress, ImportProgressDTO{JobID: id, Done: done, Total: total})
	}
	rep, err := sample.Create(ctx, v.a.ws, o)
	if err != nil {
		emit(v.a.call(), EventSampleFailed, ImportFailedDTO{JobID: id, Error: FormatError(err, v.a.language(), v.a.log)})
		return
	}
	emit(v.a.call(), EventSampleDone, SampleDoneDTO{JobID: id, Report: SampleReportDTO(rep)})
}

// Cancel stops a running sample; its scratch copy is thrown away, so the
// database never held any of it.
func (v *SampleAPI) Cancel(jobID string) { v.jobs.stop(jobID) }
