package app

import (
	"time"

	"qunzhu/backend/dashboard"
	"qunzhu/backend/errs"
)

// DashboardAPI is the morning dashboard.
type DashboardAPI struct{ a *App }

// DashboardDTO is one scope (a group, or all) over a period.
type DashboardDTO struct {
	Members        int                    `json:"members"`
	MembersBefore  int                    `json:"membersBefore"`
	Joins          int                    `json:"joins"`
	Leaves         int                    `json:"leaves"`
	Messages       int                    `json:"messages"`
	Events         int                    `json:"events"`
	Days           int                    `json:"days"`
	Speakers       int                    `json:"speakers"`
	Reached        int                    `json:"reached"`
	Silent         int                    `json:"silent"`
	MessagesPer100 float64                `json:"messagesPer100"`
	Reach          float64                `json:"reach"`
	Participation  float64                `json:"participation"`
	SilentShare    float64                `json:"silentShare"`
	SilentAlert    bool                   `json:"silentAlert"`
	Recorded       bool                   `json:"recorded"`
	Thresholds     DashboardThresholdsDTO `json:"thresholds"`
	Tiers          map[string]int         `json:"tiers"`
	PerDay         []DashboardDayDTO      `json:"perDay"`
	Funnel         DashboardFunnelDTO     `json:"funnel"`
	Polls          []DashboardPollDTO     `json:"polls"`
	Draws          []DashboardDrawDTO     `json:"draws"`
	Plan           DashboardPlanDTO       `json:"plan"`
}

// DashboardPlanDTO is the planner's side: the period's items and their
// 7-2-1 mix, today's items, the violations logged in the period.
type DashboardPlanDTO struct {
	Items           int  `json:"items"`
	Done            int  `json:"done"`
	Useful          int  `json:"useful"`
	Emotional       int  `json:"emotional"`
	Marketing       int  `json:"marketing"`
	MarketingWarn   bool `json:"marketingWarn"`
	MarketingWarnAt int  `json:"marketingWarnAt"` // percent
	Today           int  `json:"today"`
	TodayDone       int  `json:"todayDone"`
	Violations      int  `json:"violations"`
	Removals        int  `json:"removals"`
}

func toDashboardPlanDTO(p dashboard.Plan) DashboardPlanDTO {
	m := p.Mix
	return DashboardPlanDTO{Items: m.Total, Done: p.Done, Useful: m.Useful, Emotional: m.Emotional,
		Marketing: m.Marketing, MarketingWarn: m.Warn, MarketingWarnAt: m.WarnAt, Today: p.Today,
		TodayDone: p.TodayDone, Violations: p.Violations, Removals: p.Removals}
}

// DashboardThresholdsDTO are the healthy lines (shares 0–1).
type DashboardThresholdsDTO struct {
	MessagesPer100 float64 `json:"messagesPer100"`
	Reach          float64 `json:"reach"`
	Participation  float64 `json:"participation"`
	SilentShare    float64 `json:"silentShare"`
	SilentDays     int     `json:"silentDays"`
}

// DashboardDayDTO is one day of the period.
type DashboardDayDTO struct {
	Date     string `json:"date"`
	Messages int    `json:"messages"`
	Speakers int    `json:"speakers"`
	Reached  int    `json:"reached"`
	Joins    int    `json:"joins"`
	Leaves   int    `json:"leaves"`
}

// DashboardFunnelDTO is the invitation funnel.
type DashboardFunnelDTO struct {
	Invited int `json:"invited"`
	Copied  int `json:"copied"`
	Sent    int `json:"sent"`
	Joined  int `json:"joined"`
	Active  int `json:"active"`
	Core    int `json:"core"`
}

// DashboardPollDTO is a recent vote.
type DashboardPollDTO struct {
	ID        int64  `json:"id"`
	Question  string `json:"question"`
	Status    string `json:"status"`
	Voters    int    `json:"voters"`
	CreatedAt string `json:"createdAt"`
}

// DashboardDrawDTO is a recent lottery.
type DashboardDrawDTO struct {
	ID       int64  `json:"id"`
	Title    string `json:"title"`
	Status   string `json:"status"`
	Entrants int    `json:"entrants"`
	Winners  int    `json:"winners"`
	At       string `json:"at"`
}

// Get is the dashboard of a group (groupID 0: all groups) from from to to,
// both YYYY-MM-DD, to inclusive.
func (v *DashboardAPI) Get(groupID int64, from, to string) (_ DashboardDTO, err error) {
	defer v.a.catchPanic(&err)
	start, err1 := time.Parse(time.DateOnly, from)
	end, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil {
		f := errs.Fields{}
		f.Add("period", "err.field.date", errs.Params{"Value": from + " – " + to})
		return DashboardDTO{}, f.Err()
	}
	d, err := v.a.ws.Dashboard.Get(v.a.call(), dashboard.Request{GroupID: groupID, From: start, To: end})
	if err != nil {
		return DashboardDTO{}, err
	}
	return ToDashboardDTO(d), nil
}

// ToDashboardDTO is the dashboard as the window and the command line show it.
func ToDashboardDTO(d dashboard.Dashboard) DashboardDTO {
	th := d.Thresholds
	out := DashboardDTO{Members: d.Members, MembersBefore: d.MembersBefore, Joins: d.Joins, Leaves: d.Leaves,
		Messages: d.Messages, Events: d.Events, Days: d.Days, Speakers: d.Speakers, Reached: d.Reached,
		Silent: d.Silent, MessagesPer100: d.MessagesPer100, Reach: d.Reach, Participation: d.Participation,
		SilentShare: d.SilentShare, SilentAlert: d.SilentAlert, Recorded: d.Recorded, Tiers: d.Tiers,
		Thresholds: DashboardThresholdsDTO(th),
		Funnel:     DashboardFunnelDTO(d.Funnel), Plan: toDashboardPlanDTO(d.Plan), PerDay: make([]DashboardDayDTO, len(d.PerDay)),
		Polls: make([]DashboardPollDTO, len(d.Polls)), Draws: make([]DashboardDrawDTO, len(d.Draws))}
	for i, p := range d.PerDay {
		out.PerDay[i] = DashboardDayDTO(p)
	}
	for i, p := range d.Polls {
		out.Polls[i] = DashboardPollDTO(p)
	}
	for i, w := range d.Draws {
		out.Draws[i] = DashboardDrawDTO(w)
	}
	return out
}
