package app

import (
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/planner"
)

// Planner times are local wall-clock readings, "2026-03-02T20:00", with no
// zone: a plan for 20:00 stays at 20:00 whatever the offset (no DST).

// PlanItemInput is the item editor's form.
type PlanItemInput struct {
	GroupID   int64          `json:"groupId"`
	Kind      string         `json:"kind"`
	Title     string         `json:"title"`
	Category  string         `json:"category"`
	Start     string         `json:"start"`
	Minutes   int            `json:"minutes"`
	OwnerID   int64          `json:"ownerId"`
	Notes     string         `json:"notes"`
	Checklist []PlanCheckDTO `json:"checklist"`
	PollID    int64          `json:"pollId"`
	LotteryID int64          `json:"lotteryId"`
	// AudienceTier (core, active, lurker, dormant) or AudienceSegment (a
	// saved segment's id) names who the item speaks to; neither: the group.
	AudienceTier    string `json:"audienceTier"`
	AudienceSegment int64  `json:"audienceSegment"`
	TopicID         int64  `json:"topicId"` // a bank topic the item uses, marked used on save
}

func (in PlanItemInput) toDomain() (planner.Input, error) {
	start, err := parseWall("start", in.Start)
	return planner.Input{GroupID: in.GroupID, Kind: in.Kind, Title: in.Title, Category: in.Category, Start: start,
		Minutes: in.Minutes, OwnerID: in.OwnerID, Notes: in.Notes,
		Checklist: nonNil(convertAll(in.Checklist, func(c PlanCheckDTO) planner.Check { return planner.Check(c) })),
		PollID:    in.PollID, LotteryID: in.LotteryID, TopicID: in.TopicID,
		Audience: planner.Audience{Tier: in.AudienceTier, Segment: in.AudienceSegment}}, err
}

func toPlanItemInput(in planner.Input) PlanItemInput {
	return PlanItemInput{GroupID: in.GroupID, Kind: in.Kind, Title: in.Title, Category: in.Category,
		Start: planner.Wall(in.Start), Minutes: in.Minutes, OwnerID: in.OwnerID, Notes: in.Notes,
		Checklist: nonNil(convertAll(in.Checklist, func(c planner.Check) PlanCheckDTO { return PlanCheckDTO(c) })), PollID: in.PollID, LotteryID: in.LotteryID,
		AudienceTier: in.Audience.Tier, AudienceSegment: in.Audience.Segment, TopicID: in.TopicID}
}

// PlanCheckDTO is a line of an item's checklist.
type PlanCheckDTO struct {
	Text string `json:"text"`
	Done bool   `json:"done"`
}

func parseWall(field, s string) (time.Time, error) {
	t, err := planner.ParseWall(s)
	if err != nil {
		f := errs.Fields{}
		f.Add(field, "err.field.date", errs.Params{"Value": s})
		return t, f.Err()
	}
	return t, nil
}

func planDay(field, s string) (time.Time, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		f := errs.Fields{}
		f.Add(field, "err.field.date", errs.Params{"Value": s})
		return t, f.Err()
	}
	return t, nil
}

// PlanItemDTO is a stored planner item.
type PlanItemDTO struct {
	ID int64 `json:"id"`
	PlanItemInput
	End       string `json:"end"`
	GroupName string `json:"groupName"`
	OwnerName string `json:"ownerName"`
	Series    string `json:"series"`
	Template  string `json:"template"`
	DoneAt    string `json:"doneAt"` // RFC 3339, "" when not done
	Repeat    string `json:"repeat"` // JSON of the recurrence that made the series, "" for none
}

func toPlanItemDTO(it planner.Item) PlanItemDTO {
	return PlanItemDTO{ID: it.ID, PlanItemInput: toPlanItemInput(it.Input),
		End: planner.Wall(it.End()), GroupName: it.GroupName, OwnerName: it.OwnerName, Series: it.Series,
		Template: it.Template, DoneAt: stampOf(it.DoneAt), Repeat: it.Repeat}
}

func toPlanItemDTOs(items []planner.Item, err error) ([]PlanItemDTO, error) {
	out := make([]PlanItemDTO, 0, len(items))
	for _, it := range items {
		out = append(out, toPlanItemDTO(it))
	}
	return out, err
}

func planOne(it planner.Item, err error) (PlanItemDTO, error) { return toPlanItemDTO(it), err }

// RecurrenceDTO repeats an item: freq "" (once), daily, weekly, every
// (interval days) or monthly (every interval months, on the nth weekday —
// nth 1–5 or -1 for the last — or else on monthDay, 1–31 or -1 for the
// last day, 0 for the start's day); weekdays 0 = Sunday; until YYYY-MM-DD or "".
type RecurrenceDTO struct {
	Freq     string `json:"freq"`
	Interval int    `json:"interval"`
	Weekdays []int  `json:"weekdays"`
	Count    int    `json:"count"`
	Until    string `json:"until"`
	Nth      int    `json:"nth"`
	Weekday  int    `json:"weekday"`
	MonthDay int    `json:"monthDay"`
}

func (r RecurrenceDTO) toDomain() (planner.Recurrence, error) {
	out := planner.Recurrence{Freq: r.Freq, Interval: r.Interval, Count: r.Count, Nth: r.Nth,
		Weekday: time.Weekday(r.Weekday), MonthDay: r.MonthDay}
	for _, d := range r.Weekdays {
		out.Weekdays = append(out.Weekdays, time.Weekday(d))
	}
	if r.Until != "" {
		u, err := planDay("until", r.Until)
		out.Until = u
		return out, err
	}
	return out, nil
}

// MixDTO is the 7-2-1 gauge: counts and shares in tenths of a percent.
type MixDTO struct {
	Useful          int  `json:"useful"`
	Emotional       int  `json:"emotional"`
	Marketing       int  `json:"marketing"`
	Total           int  `json:"total"`
	UsefulShare     int  `json:"usefulShare"`
	EmotionalShare  int  `json:"emotionalShare"`
	MarketingShare  int  `json:"marketingShare"`
	Warn            bool `json:"warn"`
	MarketingWarnAt int  `json:"marketingWarnAt"` // percent
}

func toMixDTO(m planner.Mix) MixDTO {
	return MixDTO{Useful: m.Useful, Emotional: m.Emotional, Marketing: m.Marketing, Total: m.Total,
		UsefulShare: m.Share(m.Useful), EmotionalShare: m.Share(m.Emotional), MarketingShare: m.Share(m.Marketing),
		Warn: m.Warn, MarketingWarnAt: m.WarnAt}
}

// PlanWeekDTO is a week of the plan: its Monday, items and mix.
type PlanWeekDTO struct {
	Start string        `json:"start"` // YYYY-MM-DD, a Monday
	Items []PlanItemDTO `json:"items"`
	Mix   MixDTO        `json:"mix"`
}

// ApplyTemplateInput applies an SOP template to a group from a day.
type ApplyTemplateInput struct {
	GroupID  int64  `json:"groupId"`
	Template string `json:"template"`
	Start    string `json:"start"` // YYYY-MM-DD
	Weeks    int    `json:"weeks"`
	OwnerID  int64  `json:"ownerId"`
}

// DueDTO is an item due today with the text to paste.
type DueDTO struct {
	Item PlanItemDTO `json:"item"`
	Text string      `json:"text"`
}
