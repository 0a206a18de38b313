package planner

import (
	"testing"
	"time"
)

// FuzzExpandMonthly: monthly occurrences keep the start's clock, come in
// order from the start, respect count and until, fall on the rule's day
// (the nth or last weekday; day D or the month's last day when shorter)
// and are a multiple of Interval months apart; by day, no month is skipped.
func FuzzExpandMonthly(f *testing.F) {
	f.Add(int64(0), uint8(1), int8(0), uint8(0), int8(31), uint16(24), uint16(0))
	f.Add(int64(1500), uint8(3), int8(5), uint8(4), int8(0), uint16(0), uint16(700))
	f.Add(int64(59), uint8(1), int8(-1), uint8(0), int8(0), uint16(12), uint16(0))
	f.Fuzz(func(t *testing.T, day int64, interval uint8, nth int8, weekday uint8, monthDay int8, count, until uint16) {
		start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(day%3000)).Add(time.Duration(day%1440) * time.Minute)
		r := Recurrence{Freq: Monthly, Interval: int(interval % 13), Nth: int(nth), Weekday: time.Weekday(weekday % 7),
			MonthDay: int(monthDay), Count: int(count % 500)}
		if until > 0 {
			r.Until = dayOf(start).AddDate(0, 0, int(until%4000))
		}
		if r.Validate(start) != nil {
			return
		}
		got := r.Expand(start)
		if len(got) > MaxOccurrences || (r.Count > 0 && len(got) > r.Count) {
			t.Fatalf("%d occurrences for count %d", len(got), r.Count)
		}
		for i, o := range got {
			if o.Hour() != start.Hour() || o.Minute() != start.Minute() {
				t.Fatalf("occurrence %d at %s, start %s", i, Wall(o), Wall(start))
			}
			if dayOf(o).Before(dayOf(start)) || (i > 0 && !o.After(got[i-1])) || (!r.Until.IsZero() && dayOf(o).After(r.Until)) {
				t.Fatalf("occurrence %d %s out of range or order", i, Wall(o))
			}
			months := monthIndex(o) - monthIndex(start)
			if months%max(r.Interval, 1) != 0 {
				t.Fatalf("occurrence %d %s is %d months after the start, interval %d", i, Wall(o), months, r.Interval)
			}
			if !r.onRuleDay(o, start) {
				t.Fatalf("occurrence %d %s is not on the rule's day %+v", i, Wall(o), r)
			}
			if r.Nth == 0 && i > 0 && monthIndex(o)-monthIndex(got[i-1]) != max(r.Interval, 1) {
				t.Fatalf("a month skipped between %s and %s", Wall(got[i-1]), Wall(o))
			}
		}
	})
}

func monthIndex(t time.Time) int { return t.Year()*12 + int(t.Month()) }

// onRuleDay checks o's day against the rule, worked out from the calendar.
func (r Recurrence) onRuleDay(o, start time.Time) bool {
	last := daysIn(o)
	if r.Nth == 0 {
		want := r.MonthDay
		if want == 0 {
			want = start.Day()
		}
		if want == LastOfMonth || want > last {
			want = last
		}
		return o.Day() == want
	}
	if o.Weekday() != r.Weekday {
		return false
	}
	if r.Nth == LastOfMonth {
		return o.Day()+7 > last
	}
	return (o.Day()-1)/7+1 == r.Nth
}
