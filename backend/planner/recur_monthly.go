package planner

import (
	"encoding/json"
	"time"

	"qunzhu/backend/errs"
)

// LastOfMonth is Nth or MonthDay meaning "the last one of the month".
const LastOfMonth = -1

// monthsAhead bounds how far a monthly recurrence looks (50 years).
const monthsAhead = 600

func (r Recurrence) validateMonthly(f errs.Fields) {
	if r.Nth != 0 && r.Nth != LastOfMonth && (r.Nth < 1 || r.Nth > 5) {
		f.Add("nth", "err.planner.nth", nil)
	}
	if r.Nth != 0 && (r.Weekday < time.Sunday || r.Weekday > time.Saturday) {
		f.Add("weekdays", "err.planner.weekday", nil)
	}
	if r.Nth == 0 && r.MonthDay != LastOfMonth && (r.MonthDay < 0 || r.MonthDay > 31) {
		f.Add("monthDay", "err.planner.month_day", nil)
	}
}

// expandMonthly lists the occurrences month by month from start's month,
// keeping start's clock; a day before start is not an occurrence.
func (r Recurrence) expandMonthly(start time.Time) []time.Time {
	n := max(r.Interval, 1)
	var out []time.Time
	for m := 0; len(out) < r.limit() && m < monthsAhead; m += n {
		first := time.Date(start.Year(), start.Month()+time.Month(m), 1, start.Hour(), start.Minute(), 0, 0, start.Location())
		day, ok := r.dayIn(first, start)
		if !ok {
			continue
		}
		t := first.AddDate(0, 0, day-1)
		if !r.Until.IsZero() && dayOf(t).After(dayOf(r.Until)) {
			break
		}
		if !dayOf(t).Before(dayOf(start)) {
			out = append(out, t)
		}
	}
	return out
}

// dayIn is the day of the month (1-based) the rule picks in first's month;
// false when the month has no such day (a 5th weekday it lacks).
func (r Recurrence) dayIn(first, start time.Time) (int, bool) {
	last := daysIn(first)
	if r.Nth == 0 {
		d := r.MonthDay
		if d == 0 {
			d = start.Day()
		}
		if d == LastOfMonth || d > last {
			d = last
		}
		return d, true
	}
	if r.Nth == LastOfMonth {
		lastDay := first.AddDate(0, 0, last-1)
		return last - (int(lastDay.Weekday())-int(r.Weekday)+7)%7, true
	}
	d := 1 + (int(r.Weekday)-int(first.Weekday())+7)%7 + 7*(r.Nth-1)
	return d, d <= last
}

// daysIn is the number of days of t's month.
func daysIn(t time.Time) int {
	return time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// JSON is the rule as stored with the items it made.
func (r Recurrence) JSON() string {
	b, _ := json.Marshal(storedRule{Freq: r.Freq, Interval: r.Interval, Weekdays: r.Weekdays, Count: r.Count,
		Until: dateOrEmpty(r.Until), Nth: r.Nth, Weekday: r.Weekday, MonthDay: r.MonthDay})
	return string(b)
}

type storedRule struct {
	Freq     string         `json:"freq"`
	Interval int            `json:"interval,omitempty"`
	Weekdays []time.Weekday `json:"weekdays,omitempty"`
	Count    int            `json:"count,omitempty"`
	Until    string         `json:"until,omitempty"`
	Nth      int            `json:"nth,omitempty"`
	Weekday  time.Weekday   `json:"weekday,omitempty"`
	MonthDay int            `json:"monthDay,omitempty"`
}

func dateOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
