package app

import (
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/errs"
)

// HealthDTO is a group's health over a period, with the seeds' thresholds.
type HealthDTO struct {
	Members        int                    `json:"members"`
	Messages       int                    `json:"messages"`
	Days           int                    `json:"days"`
	MessagesPer100 float64                `json:"messagesPer100"`
	Speakers       int                    `json:"speakers"`
	Participation  float64                `json:"participation"`
	Reached        int                    `json:"reached"`
	Reach          float64                `json:"reach"`
	Silent         int                    `json:"silent"`
	SilentShare    float64                `json:"silentShare"`
	SilentAlert    bool                   `json:"silentAlert"`
	Recorded       bool                   `json:"recorded"`    // a chat of the group is on record
	AnyRecorded    bool                   `json:"anyRecorded"` // a chat of any group is on record
	Tiers          map[string]int         `json:"tiers"`
	Heatmap        [7][24]int             `json:"heatmap"` // weekday (0 = Monday) × hour
	PerDay         []HealthDayDTO         `json:"perDay"`
	Thresholds     DashboardThresholdsDTO `json:"thresholds"`
}

// HealthDayDTO is one day of a group's chat.
type HealthDayDTO struct {
	Date     string `json:"date"`
	Messages int    `json:"messages"`
	Speakers int    `json:"speakers"`
}

// Health is a group's health (groupID 0: all groups) from from to to, both
// YYYY-MM-DD, to inclusive.
func (v *ActivityAPI) Health(groupID int64, from, to string) (_ HealthDTO, err error) {
	defer v.a.catchPanic(&err)
	start, err1 := time.Parse("2006-01-02", from)
	end, err2 := time.Parse("2006-01-02", to)
	if err1 != nil || err2 != nil || end.Before(start) {
		f := errs.Fields{}
		f.Add("period", "err.field.date", errs.Params{"Value": from + " – " + to})
		return HealthDTO{}, f.Err()
	}
	h, err := v.a.ws.Activity.Health(v.a.call(), groupID, start, end.AddDate(0, 0, 1))
	if err != nil {
		return HealthDTO{}, err
	}
	return ToHealthDTO(h), nil
}

// ToHealthDTO is the health as the window and the command line show it.
func ToHealthDTO(h activity.Health) HealthDTO {
	return HealthDTO{Members: h.Members, Messages: h.Messages, Days: h.Days, MessagesPer100: h.MessagesPer100,
		Speakers: h.Speakers, Participation: h.Participation, Reached: h.Reached, Reach: h.Reach,
		Silent: h.Silent, SilentShare: h.SilentShare, SilentAlert: h.SilentAlert, Recorded: h.Recorded,
		AnyRecorded: h.AnyRecorded, Tiers: h.Tiers, Heatmap: h.Heatmap,
		PerDay:     convertAll(h.PerDay, func(d activity.DayCount) HealthDayDTO { return HealthDayDTO(d) }),
		Thresholds: DashboardThresholdsDTO(h.Thresholds)}
}
