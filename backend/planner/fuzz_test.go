package planner

import (
	"testing"
	"time"
)

// FuzzExpand: whatever the recurrence, occurrences keep the start's clock
// time, come in strictly increasing order from the start, respect the count
// and the end date, and fall on the chosen days.
func FuzzExpand(f *testing.F) {
	f.Add(int64(0), uint8(1), uint8(1), uint16(5), uint8(0), uint16(0))
	f.Add(int64(790), uint8(2), uint8(2), uint16(30), uint8(0b1010101), uint16(40))
	f.Add(int64(59), uint8(3), uint8(7), uint16(400), uint8(0), uint16(1000))
	f.Fuzz(func(t *testing.T, day int64, freq, interval uint8, count uint16, weekdays uint8, until uint16) {
		start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(day%3000)).Add(time.Duration(day%1440) * time.Minute)
		r := Recurrence{Freq: []string{Once, Daily, Weekly, EveryN}[freq%4], Interval: int(interval % 30), Count: int(count % 500)}
		for d := time.Sunday; d <= time.Saturday; d++ {
			if weekdays&(1<<d) != 0 {
				r.Weekdays = append(r.Weekdays, d)
			}
		}
		if until > 0 {
			r.Until = dayOf(start).AddDate(0, 0, int(until%800))
		}
		if r.Validate(start) != nil {
			return
		}
		got := r.Expand(start)
		if r.Freq == Once {
			if len(got) != 1 || !got[0].Equal(start) {
				t.Fatalf("once: %v", got)
			}
			return
		}
		if len(got) > MaxOccurrences || (r.Count > 0 && len(got) > r.Count) {
			t.Fatalf("%d occurrences for count %d", len(got), r.Count)
		}
		for i, o := range got {
			if o.Hour() != start.Hour() || o.Minute() != start.Minute() {
				t.Fatalf("occurrence %d at %s, start %s", i, Wall(o), Wall(start))
			}
			if o.Before(start) || (i > 0 && !o.After(got[i-1])) {
				t.Fatalf("occurrence %d %s out of order", i, Wall(o))
			}
			if !r.Until.IsZero() && dayOf(o).After(r.Until) {
				t.Fatalf("occurrence %d %s after %s", i, Wall(o), Wall(r.Until))
			}
			gap := int(dayOf(o).Sub(dayOf(start)).Hours() / 24)
			if (r.Freq == Daily || r.Freq == EveryN) && gap%max(r.Interval, 1) != 0 {
				t.Fatalf("occurrence %d %d days after the start, interval %d", i, gap, r.Interval)
			}
			if r.Freq == Weekly && len(r.Weekdays) > 0 && !containsDay(r.Weekdays, o.Weekday()) {
				t.Fatalf("occurrence %d on %s, days %v", i, o.Weekday(), r.Weekdays)
			}
		}
	})
}

func containsDay(days []time.Weekday, d time.Weekday) bool {
	for _, x := range days {
		if x == d {
			return true
		}
	}
	return false
}
