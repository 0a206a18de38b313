package planner

import (
	"context"
	"database/sql"
	"slices"
	"sort"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/locales"
)

// Template names.
const (
	TemplateWeeklySOP    = "weekly_sop"
	TemplateDailyCheckin = "daily_checkin"
	TemplateChallenge21  = "challenge_21"
	TemplateLaunchWeek   = "launch_week"
)

// Templates lists the SOP templates in the order the dialog shows them.
var Templates = []string{TemplateWeeklySOP, TemplateDailyCheckin, TemplateChallenge21, TemplateLaunchWeek}

// step is one line of a template: on a weekday (weekly templates) or a
// day offset from the start, at a clock time, repeated by rec.
type step struct {
	weekday time.Weekday
	offset  int
	hour    int
	min     int
	kind    string
	minutes int
	title   string // key under ui.planner.tpl; may use {{.Day}}
	rec     func(weeks int) Recurrence
}

func weekly(weeks int) Recurrence { return Recurrence{Freq: Weekly, Interval: 1, Count: weeks} }
func daily(weeks int) Recurrence  { return Recurrence{Freq: Daily, Count: weeks * 7} }
func once(int) Recurrence         { return Recurrence{} }
func days(n int) func(int) Recurrence {
	return func(int) Recurrence { return Recurrence{Freq: Daily, Count: n} }
}

// weekdayed marks the templates whose steps fall on weekdays.
var weekdayed = map[string]bool{TemplateWeeklySOP: true}

var templateSteps = map[string][]step{
	// The seeds' weekly SOP (seed 000).
	TemplateWeeklySOP: {
		{weekday: time.Monday, hour: 20, kind: KindVote, minutes: 15, title: "sop_vote", rec: weekly},
		{weekday: time.Wednesday, hour: 20, kind: "live_qa", minutes: 30, title: "sop_live_qa", rec: weekly},
		{weekday: time.Friday, hour: 19, min: 30, kind: "preview", minutes: 20, title: "sop_preview", rec: weekly},
		{weekday: time.Sunday, hour: 20, kind: "red_packet", minutes: 10, title: "sop_red_packet", rec: weekly},
		{weekday: time.Sunday, hour: 20, min: 10, kind: "exclusive", minutes: 10, title: "sop_exclusive", rec: weekly},
	},
	TemplateDailyCheckin: {
		{hour: 7, min: 30, kind: "checkin", minutes: 15, title: "daily_checkin", rec: daily},
	},
	TemplateChallenge21: {
		{hour: 12, kind: "preview", minutes: 15, title: "challenge_kickoff", rec: once},
		{hour: 7, min: 30, kind: "challenge", minutes: 15, title: "challenge_day", rec: days(21)},
		{offset: 6, hour: 21, kind: "ranking", minutes: 15, title: "challenge_ranking",
			rec: func(int) Recurrence { return Recurrence{Freq: EveryN, Interval: 7, Count: 3} }},
	},
	TemplateLaunchWeek: {
		{offset: 0, hour: 12, kind: "preview", minutes: 20, title: "launch_teaser", rec: once},
		{offset: 1, hour: 19, min: 30, kind: "material_call", minutes: 20, title: "launch_material", rec: once},
		{offset: 2, hour: 20, kind: "quiz", minutes: 20, title: "launch_quiz", rec: once},
		{offset: 3, hour: 20, kind: "live_stream", minutes: 90, title: "launch_live", rec: once},
		{offset: 4, hour: 12, kind: "video_release", minutes: 10, title: "launch_video", rec: once},
		{offset: 4, hour: 12, min: 10, kind: "first_hour_push", minutes: 60, title: "launch_push", rec: once},
		{offset: 5, hour: 20, kind: "ranking", minutes: 15, title: "launch_ranking", rec: once},
		{offset: 6, hour: 20, kind: "red_packet", minutes: 10, title: "launch_red_packet", rec: once},
	},
}

// Apply is a template applied to a group from a start date.
type Apply struct {
	GroupID  int64
	Template string
	Start    time.Time // the first day (its clock is ignored)
	Weeks    int       // repeating templates: how many weeks (1–12)
	Lang     string    // language of the titles
	OwnerID  int64
}

// Validate checks the template name, the group and the weeks.
func (a Apply) Validate() error {
	f := errs.Fields{}
	if !slices.Contains(Templates, a.Template) {
		f.Add("template", "err.planner.template", errs.Params{"Value": a.Template})
	}
	if a.GroupID <= 0 {
		f.Add("group", "err.planner.group", nil)
	}
	if a.Start.IsZero() {
		f.Add("start", "err.planner.start", nil)
	}
	if a.Weeks < 1 || a.Weeks > 12 {
		f.Add("weeks", "err.planner.weeks", errs.Params{"Max": 12})
	}
	return f.Err()
}

// Expand lists the items the template makes, in time order, with their
// titles in a.Lang; occurrences of a step are numbered from 1 ({{.Day}}).
func (a Apply) Expand() []Input {
	var out []Input
	first := dayOf(a.Start)
	for _, st := range templateSteps[a.Template] {
		day := first.AddDate(0, 0, st.offset)
		if weekdayed[a.Template] {
			day = first.AddDate(0, 0, (int(st.weekday)-int(first.Weekday())+7)%7)
		}
		start := day.Add(time.Duration(st.hour)*time.Hour + time.Duration(st.min)*time.Minute)
		for n, t := range st.rec(a.Weeks).Expand(start) {
			out = append(out, Input{GroupID: a.GroupID, Kind: st.kind, Category: DefaultCategory(st.kind),
				Title: locales.Localize(a.Lang, "ui.planner.tpl."+st.title, map[string]any{"Day": n + 1}),
				Start: t, Minutes: st.minutes, OwnerID: a.OwnerID})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out
}

// ApplyTemplate creates every item of a template in one transaction.
func (s *Service) ApplyTemplate(ctx context.Context, a Apply) ([]Item, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	var ids []int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) (err error) {
		ids, err = s.applyTemplate(ctx, tx, a)
		return err
	})
	if err != nil {
		return nil, err
	}
	return s.byIDs(ctx, ids)
}

func (s *Service) applyTemplate(ctx context.Context, tx *sql.Tx, a Apply) ([]int64, error) {
	return s.insertSeries(ctx, tx, a.Expand(), made{template: a.Template})
}
