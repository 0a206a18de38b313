package app

import (
	"time"

	"qunzhu/backend/sample"
)

// SampleAPI makes the demo workspace ("Try with sample data").
type SampleAPI struct{ a *App }

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

// CanCreate tells whether the database is empty enough for the sample
// (no groups, no members).
func (v *SampleAPI) CanCreate() (bool, error) { return sample.Empty(v.a.call(), v.a.ws) }

// Create fills the empty database with the demo workspace up to today.
func (v *SampleAPI) Create() (SampleReportDTO, error) {
	rep, err := sample.Create(v.a.call(), v.a.ws, sample.Defaults(time.Now(), v.a.language()))
	if err == nil {
		v.a.ws.Members.ForgetSearch()
	}
	return SampleReportDTO(rep), err
}
