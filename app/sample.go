package app

import (
	"context"
	"time"

	"qunzhu/backend/sample"
)

// SampleAPI makes the demo workspace ("Try with sample data").
// One sample runs at a time: the backend refuses a second.
type SampleAPI struct{ a *App }

func newSampleAPI(a *App) *SampleAPI { return &SampleAPI{a: a} }

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
func (v *SampleAPI) CanCreate() (_ bool, err error) {
	defer v.a.catchPanic(&err)
	return sample.Empty(v.a.call(), v.a.ws)
}

// Start makes the demo workspace in the background and returns the job id:
// "sample:progress" events (done of total), then "sample:done" or
// "sample:failed". Failed or cancelled, it keeps nothing.
func (v *SampleAPI) Start() (_ string, err error) {
	defer v.a.catchPanic(&err)
	return v.a.startJob(sampleJob, v.run), nil
}

func (v *SampleAPI) run(ctx context.Context, j *job) (any, error) {
	o := sample.Defaults(time.Now(), v.a.language())
	o.Progress = j.progress
	rep, err := sample.Create(ctx, v.a.ws, o)
	return SampleDoneDTO{JobID: j.id, Report: SampleReportDTO(rep)}, err
}

// Cancel stops a running sample; its scratch copy is thrown away, so the
// database never held any of it.
func (v *SampleAPI) Cancel(jobID string) (err error) {
	defer v.a.catchPanic(&err)
	v.a.cancelJob(jobID)
	return nil
}
