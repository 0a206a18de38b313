package planner

import (
	"strings"
	"testing"
	"time"
)

func until(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestExpandMonthly(t *testing.T) {
	cases := []struct {
		name, start string
		rec         Recurrence
		want        string
	}{
		{"day 31 falls on the month's last day, leap February", "2027-12-31T20:00",
			Recurrence{Freq: Monthly, MonthDay: 31, Count: 5},
			"2027-12-31T20:00 2028-01-31T20:00 2028-02-29T20:00 2028-03-31T20:00 2028-04-30T20:00"},
		{"last day of the month, common February", "2027-01-31T21:00",
			Recurrence{Freq: Monthly, MonthDay: LastOfMonth, Count: 3},
			"2027-01-31T21:00 2027-02-28T21:00 2027-03-31T21:00"},
		{"the start's day by default, 29 in a common year", "2027-01-29T09:30",
			Recurrence{Freq: Monthly, Count: 3},
			"2027-01-29T09:30 2027-02-28T09:30 2027-03-29T09:30"},
		{"3rd Friday across the year end", "2026-11-01T20:00",
			Recurrence{Freq: Monthly, Nth: 3, Weekday: time.Friday, Count: 4},
			"2026-11-20T20:00 2026-12-18T20:00 2027-01-15T20:00 2027-02-19T20:00"},
		{"last Sunday", "2026-12-01T20:00",
			Recurrence{Freq: Monthly, Nth: LastOfMonth, Weekday: time.Sunday, Count: 5},
			"2026-12-27T20:00 2027-01-31T20:00 2027-02-28T20:00 2027-03-28T20:00 2027-04-25T20:00"},
		{"5th Thursday skips the months without one", "2026-01-01T20:00",
			Recurrence{Freq: Monthly, Nth: 5, Weekday: time.Thursday, Until: until(2026, time.July, 31)},
			"2026-01-29T20:00 2026-04-30T20:00 2026-07-30T20:00"},
		{"a day already past in the first month starts next month", "2026-01-20T20:00",
			Recurrence{Freq: Monthly, MonthDay: 15, Count: 2},
			"2026-02-15T20:00 2026-03-15T20:00"},
		{"every 3 months across the year end", "2026-11-10T19:00",
			Recurrence{Freq: Monthly, Interval: 3, MonthDay: 10, Count: 3},
			"2026-11-10T19:00 2027-02-10T19:00 2027-05-10T19:00"},
		{"until is inclusive", "2026-01-01T20:00",
			Recurrence{Freq: Monthly, Nth: 1, Weekday: time.Monday, Until: until(2026, time.March, 2)},
			"2026-01-05T20:00 2026-02-02T20:00 2026-03-02T20:00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := wall(t, c.start)
			if err := c.rec.Validate(start); err != nil {
				t.Fatalf("validate: %v", err)
			}
			if got := walls(c.rec.Expand(start)); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestMonthlyValidate(t *testing.T) {
	start := wall(t, "2026-03-02T20:00")
	cases := []struct {
		name  string
		rec   Recurrence
		field string
	}{
		{"6th weekday", Recurrence{Freq: Monthly, Nth: 6, Count: 2}, "nth"},
		{"-2nd weekday", Recurrence{Freq: Monthly, Nth: -2, Count: 2}, "nth"},
		{"bad weekday", Recurrence{Freq: Monthly, Nth: 1, Weekday: 7, Count: 2}, "weekdays"},
		{"day 32", Recurrence{Freq: Monthly, MonthDay: 32, Count: 2}, "monthDay"},
		{"no end", Recurrence{Freq: Monthly, MonthDay: 1}, "count"},
	}
	for _, c := range cases {
		err := c.rec.Validate(start)
		if err == nil || !strings.Contains(err.Error(), c.field) {
			t.Errorf("%s: got %v, want a problem with %s", c.name, err, c.field)
		}
	}
}
