package app

import (
	"qunzhu/backend/activity"
	"qunzhu/backend/dashboard"
	"qunzhu/backend/planner"
	"qunzhu/backend/review"
)

// ReviewDTO is a group's period reviewed against its plan.
type ReviewDTO struct {
	GroupID         int64             `json:"groupId"`
	From            string            `json:"from"` // YYYY-MM-DD
	To              string            `json:"to"`
	Settings        ReviewSettingsDTO `json:"settings"`
	Items           []ReviewItemDTO   `json:"items"`
	KPIs            ReviewKPIsDTO     `json:"kpis"`
	Previous        ReviewKPIsDTO     `json:"previous"`
	Planned         ReviewMixDTO      `json:"planned"`
	Done            ReviewMixDTO      `json:"done"`
	KOC             []ReviewMemberDTO `json:"koc"`
	Slipping        []ReviewMemberDTO `json:"slipping"`
	KOCChanges      ListChangesDTO    `json:"kocChanges"`
	SlippingChanges ListChangesDTO    `json:"slippingChanges"`
	Suggestions     []string          `json:"suggestions"`
}

// ReviewItemDTO is a planned item with what happened in the hours after it.
type ReviewItemDTO struct {
	ID               int64   `json:"id"`
	Title            string  `json:"title"`
	Kind             string  `json:"kind"`
	Category         string  `json:"category"`
	At               string  `json:"at"` // wall clock, YYYY-MM-DDTHH:MM
	Done             bool    `json:"done"`
	MessagesAfter    int     `json:"messagesAfter"`
	SpeakersAfter    int     `json:"speakersAfter"`
	Baseline         float64 `json:"baseline"`
	SpeakersBaseline float64 `json:"speakersBaseline"`
	Lift             float64 `json:"lift"`
	Word             string  `json:"word"` // up, flat, none
	Votes            int     `json:"votes"`
	Entrants         int     `json:"entrants"`
	Jielong          int     `json:"jielong"`
}

// ReviewKPIsDTO are a period's KPIs, as the dashboard reports them.
type ReviewKPIsDTO struct {
	Members        int                    `json:"members"`
	Joins          int                    `json:"joins"`
	Leaves         int                    `json:"leaves"`
	Messages       int                    `json:"messages"`
	Speakers       int                    `json:"speakers"`
	Reached        int                    `json:"reached"`
	MessagesPer100 float64                `json:"messagesPer100"`
	Reach          float64                `json:"reach"`
	Participation  float64                `json:"participation"`
	SilentShare    float64                `json:"silentShare"`
	Recorded       bool                   `json:"recorded"`
	Thresholds     DashboardThresholdsDTO `json:"thresholds"`
}

// ReviewMixDTO is a 7-2-1 mix: item counts and shares in tenths of a percent.
type ReviewMixDTO struct {
	Useful         int  `json:"useful"`
	Emotional      int  `json:"emotional"`
	Marketing      int  `json:"marketing"`
	Total          int  `json:"total"`
	MarketingShare int  `json:"marketingShare"` // tenths of a percent
	Warn           bool `json:"warn"`
}

// ReviewMemberDTO is a member on the KOC or slipping-away list, with their
// messages in the period and in the one before.
type ReviewMemberDTO struct {
	MemberID       int64  `json:"memberId"`
	Nickname       string `json:"nickname"`
	Messages       int    `json:"messages"`
	MessagesBefore int    `json:"messagesBefore"`
}

// ListChangesDTO are who entered and left a list in the period; Known is
// false (and the lists empty) when no record reaches back to its start.
type ListChangesDTO struct {
	Known        bool        `json:"known"`
	Since        string      `json:"since"` // YYYY-MM-DD the record starts from, "" the beginning
	Entered      []ListedDTO `json:"entered"`
	Left         []ListedDTO `json:"left"`
	EnteredCount int         `json:"enteredCount"`
	LeftCount    int         `json:"leftCount"`
}

// ListedDTO is a member who entered or left a list.
type ListedDTO struct {
	MemberID int64  `json:"memberId"`
	Nickname string `json:"nickname"`
}

// ReviewSettingsDTO are how the review judges an item.
type ReviewSettingsDTO struct {
	Hours  int `json:"hours"`
	UpPct  int `json:"upPct"`
	LowPct int `json:"lowPct"`
}

// ToReviewDTO is the review as the window and the command line show it,
// its suggestions in lang.
func ToReviewDTO(r review.Review, lang string) ReviewDTO {
	out := ReviewDTO{GroupID: r.GroupID, From: r.From.Format("2006-01-02"), To: r.To.Format("2006-01-02"),
		Settings: ReviewSettingsDTO(r.Settings), Items: make([]ReviewItemDTO, len(r.Items)),
		KPIs: toReviewKPIs(r.KPIs), Previous: toReviewKPIs(r.Previous), Planned: toReviewMix(r.Planned),
		Done: toReviewMix(r.DoneMix), Suggestions: make([]string, len(r.Suggestions))}
	for i, it := range r.Items {
		out.Items[i] = ReviewItemDTO{ID: it.ID, Title: it.Title, Kind: it.Kind, Category: it.Category,
			At: planner.Wall(it.Start), Done: it.Done, MessagesAfter: it.MessagesAfter, SpeakersAfter: it.SpeakersAfter,
			Baseline: it.Baseline, SpeakersBaseline: it.SpeakersBaseline, Lift: it.Lift, Word: it.Word,
			Votes: it.Votes, Entrants: it.Entrants, Jielong: it.Jielong}
	}
	out.KOC, out.Slipping = toReviewMembers(r.KOC), toReviewMembers(r.Slipping)
	out.KOCChanges, out.SlippingChanges = toListChanges(r.KOCChanges), toListChanges(r.SlippingChanges)
	for i, s := range r.Suggestions {
		out.Suggestions[i] = s.Text(lang)
	}
	return out
}

func toReviewKPIs(d dashboard.Dashboard) ReviewKPIsDTO {
	th := d.Thresholds
	return ReviewKPIsDTO{Members: d.Members, Joins: d.Joins, Leaves: d.Leaves, Messages: d.Messages,
		Speakers: d.Speakers, Reached: d.Reached, MessagesPer100: d.MessagesPer100, Reach: d.Reach,
		Participation: d.Participation, SilentShare: d.SilentShare, Recorded: d.Recorded,
		Thresholds: DashboardThresholdsDTO{MessagesPer100: th.MessagesPer100, Reach: th.Reach,
			Participation: th.Participation, SilentShare: th.SilentShare, SilentDays: th.SilentDays}}
}

func toReviewMix(m planner.Mix) ReviewMixDTO {
	return ReviewMixDTO{Useful: m.Useful, Emotional: m.Emotional, Marketing: m.Marketing, Total: m.Total,
		MarketingShare: m.Share(m.Marketing), Warn: m.Warn}
}

func toReviewMembers(list []activity.Flagged) []ReviewMemberDTO {
	out := make([]ReviewMemberDTO, len(list))
	for i, m := range list {
		out[i] = ReviewMemberDTO(m)
	}
	return out
}

func toListChanges(c activity.ListChanges) ListChangesDTO {
	out := ListChangesDTO{Known: c.Known, Since: c.Since, Entered: make([]ListedDTO, len(c.Entered)),
		Left: make([]ListedDTO, len(c.Left)), EnteredCount: c.EnteredCount, LeftCount: c.LeftCount}
	for i, m := range c.Entered {
		out.Entered[i] = ListedDTO(m)
	}
	for i, m := range c.Left {
		out.Left[i] = ListedDTO(m)
	}
	return out
}
