package planner

import (
	"slices"
	"time"

	"qunzhu/backend/errs"
)

// Frequencies of a recurrence.
const (
	Once   = ""
	Daily  = "daily"
	Weekly = "weekly"
	EveryN = "every" // every Interval days
	// Monthly repeats every Interval months: on the Nth Weekday (Nth 1–5,
	// or -1 for the last), or else on day MonthDay (1–31, -1 for the last
	// day). A month without that day uses its last day (the 31st falls on
	// the 30th, or Feb 28/29); a month without a 5th such weekday is skipped.
	Monthly = "monthly"
)

// MaxOccurrences bounds what one recurrence may create.
const MaxOccurrences = 400

// Recurrence repeats an item: daily, weekly on some weekdays (every
// Interval weeks), or every Interval days; Count occurrences or up to
// Until (a wall date, inclusive), whichever comes first.
type Recurrence struct {
	Freq     string
	Interval int
	Weekdays []time.Weekday // weekly: empty means the start's weekday
	Count    int
	Until    time.Time
	Nth      int          // monthly: 1–5 or -1 (last); 0 means by MonthDay
	Weekday  time.Weekday // monthly with Nth
	MonthDay int          // monthly without Nth: 1–31 or -1 (last day); 0 means the start's day
}

// Validate checks the recurrence against its first start.
func (r Recurrence) Validate(start time.Time) error {
	if r.Freq == Once {
		return nil
	}
	f := errs.Fields{}
	if !slices.Contains([]string{Daily, Weekly, EveryN, Monthly}, r.Freq) {
		f.Add("freq", "err.planner.freq", errs.Params{"Value": r.Freq})
	}
	if r.Interval < 0 || r.Interval > 365 || (r.Freq == EveryN && r.Interval < 1) {
		f.Add("interval", "err.planner.interval", errs.Params{"Max": 365})
	}
	if r.Count < 0 || r.Count > MaxOccurrences {
		f.Add("count", "err.planner.count", errs.Params{"Max": MaxOccurrences})
	}
	if r.Count == 0 && r.Until.IsZero() {
		f.Add("count", "err.planner.no_end", nil)
	}
	if !r.Until.IsZero() && dayOf(r.Until).Before(dayOf(start)) {
		f.Add("until", "err.planner.until", nil)
	}
	for _, d := range r.Weekdays {
		if d < time.Sunday || d > time.Saturday {
			f.Add("weekdays", "err.planner.weekday", nil)
		}
	}
	if r.Freq == Monthly {
		r.validateMonthly(f)
	}
	return f.Err()
}

// Expand lists the starts of every occurrence, the first being start when
// it matches. Days are counted on the wall clock, so month ends, leap days
// and DST changes make no difference to the hour.
func (r Recurrence) Expand(start time.Time) []time.Time {
	if r.Freq == Once {
		return []time.Time{start}
	}
	if r.Freq == Monthly {
		return r.expandMonthly(start)
	}
	limit := r.limit()
	var out []time.Time
	for day := 0; len(out) < limit && day < 366*5; day++ {
		t := start.AddDate(0, 0, day)
		if !r.Until.IsZero() && dayOf(t).After(dayOf(r.Until)) {
			break
		}
		if r.matches(start, day, t) {
			out = append(out, t)
		}
	}
	return out
}

// limit is how many occurrences may be made at most.
func (r Recurrence) limit() int {
	if r.Count == 0 || r.Count > MaxOccurrences {
		return MaxOccurrences
	}
	return r.Count
}

func (r Recurrence) matches(start time.Time, day int, t time.Time) bool {
	n := max(r.Interval, 1)
	switch r.Freq {
	case Daily, EveryN:
		return day%n == 0
	default: // weekly
		days := r.Weekdays
		if len(days) == 0 {
			days = []time.Weekday{start.Weekday()}
		}
		week := (day + mondayIndex(start.Weekday())) / 7
		return week%n == 0 && slices.Contains(days, t.Weekday())
	}
}

// mondayIndex is 0 for Monday ... 6 for Sunday.
func mondayIndex(d time.Weekday) int { return (int(d) + 6) % 7 }

// WeekStart is the Monday 00:00 of t's week.
func WeekStart(t time.Time) time.Time {
	d := dayOf(t)
	return d.AddDate(0, 0, -mondayIndex(d.Weekday()))
}

func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}
