package app

import (
	"time"

	"qunzhu/backend/activity"
	"qunzhu/locales"
)

// TimelineDTO is a member's activity for its drawer.
type TimelineDTO struct {
	Days   []TimelineDayDTO `json:"days"`
	Recent []EventDTO       `json:"recent"`
}

// TimelineDayDTO is how many times a member interacted on a day.
type TimelineDayDTO struct {
	Date  string `json:"date"` // YYYY-MM-DD
	Count int    `json:"count"`
}

// EventDTO is one interaction.
type EventDTO struct {
	At    string  `json:"at"`
	Kind  string  `json:"kind"`
	Label string  `json:"label"` // localized kind
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Chat  string  `json:"chat"`
}

// Timeline is a member's interactions per day over the last 90 days and
// the latest 30.
func (v *ActivityAPI) Timeline(memberID int64) (_ TimelineDTO, err error) {
	defer v.a.catchPanic(&err)
	tl, err := v.a.ws.Activity.Timeline(v.a.call(), memberID, time.Now(), 90, 30)
	days := convertAll(tl.Days, func(d activity.Day) TimelineDayDTO { return TimelineDayDTO(d) })
	out := TimelineDTO{Days: nonNil(days), Recent: []EventDTO{}}
	lang := v.a.language()
	for _, e := range tl.Recent {
		out.Recent = append(out.Recent, EventDTO{At: e.At.Format("2006-01-02T15:04:05"), Kind: e.Kind,
			Label: locales.Localize(lang, "ui.activity.kind."+e.Kind, nil), Text: e.Text, Value: e.Value, Chat: e.Chat})
	}
	return out, err
}
