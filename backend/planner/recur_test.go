package planner

import (
	"strings"
	"testing"
	"time"
)

func wall(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := ParseWall(s)
	if err != nil {
		t.Fatalf("parse %q: %v", s, err)
	}
	return v
}

func walls(ts []time.Time) string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = Wall(t)
	}
	return strings.Join(out, " ")
}

func TestExpand(t *testing.T) {
	cases := []struct {
		name, start string
		rec         Recurrence
		want        string
	}{
		{"once", "2026-03-02T20:00", Recurrence{}, "2026-03-02T20:00"},
		{"daily over a month end", "2026-01-30T07:30", Recurrence{Freq: Daily, Count: 4},
			"2026-01-30T07:30 2026-01-31T07:30 2026-02-01T07:30 2026-02-02T07:30"},
		{"daily over a leap day", "2028-02-28T08:00", Recurrence{Freq: Daily, Count: 3},
			"2028-02-28T08:00 2028-02-29T08:00 2028-03-01T08:00"},
		{"daily no leap day", "2027-02-28T08:00", Recurrence{Freq: Daily, Count: 2},
			"2027-02-28T08:00 2027-03-01T08:00"},
		{"every 3 days until", "2026-12-29T12:00", Recurrence{Freq: EveryN, Interval: 3, Until: time.Date(2027, 1, 7, 0, 0, 0, 0, time.UTC)},
			"2026-12-29T12:00 2027-01-01T12:00 2027-01-04T12:00 2027-01-07T12:00"},
		{"weekly on the start's day", "2026-03-30T20:00", Recurrence{Freq: Weekly, Count: 3},
			"2026-03-30T20:00 2026-04-06T20:00 2026-04-13T20:00"},
		{"weekly Mon and Thu", "2026-03-31T19:00", Recurrence{Freq: Weekly, Weekdays: []time.Weekday{time.Monday, time.Thursday}, Count: 4},
			"2026-04-02T19:00 2026-04-06T19:00 2026-04-09T19:00 2026-04-13T19:00"},
		{"every other week", "2026-03-02T20:00", Recurrence{Freq: Weekly, Interval: 2, Count: 3},
			"2026-03-02T20:00 2026-03-16T20:00 2026-03-30T20:00"},
		// 2026-03-29 is the EU DST change and 03-08 the US one: the clock stays.
		{"across DST dates", "2026-03-07T09:00", Recurrence{Freq: Weekly, Interval: 3, Count: 2},
			"2026-03-07T09:00 2026-03-28T09:00"},
		{"every 7 days ends on count over until", "2026-01-01T09:00",
			Recurrence{Freq: EveryN, Interval: 7, Count: 2, Until: time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)},
			"2026-01-01T09:00 2026-01-08T09:00"},
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

func TestRecurrenceValidate(t *testing.T) {
	start := time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC)
	cases := []struct {
		name  string
		rec   Recurrence
		field string
	}{
		{"unknown freq", Recurrence{Freq: "hourly", Count: 2}, "freq"},
		{"no end", Recurrence{Freq: Daily}, "count"},
		{"too many", Recurrence{Freq: Daily, Count: MaxOccurrences + 1}, "count"},
		{"every without interval", Recurrence{Freq: EveryN, Count: 2}, "interval"},
		{"until before start", Recurrence{Freq: Daily, Until: start.AddDate(0, 0, -1)}, "until"},
		{"bad weekday", Recurrence{Freq: Weekly, Count: 2, Weekdays: []time.Weekday{9}}, "weekdays"},
	}
	for _, c := range cases {
		err := c.rec.Validate(start)
		if err == nil || !strings.Contains(err.Error(), c.field) {
			t.Errorf("%s: got %v, want a problem with %s", c.name, err, c.field)
		}
	}
}

func TestWeekStart(t *testing.T) {
	for in, want := range map[string]string{
		"2026-03-01T10:00": "2026-02-23T00:00", // a Sunday belongs to the week before
		"2026-03-02T00:00": "2026-03-02T00:00",
		"2028-03-04T23:59": "2028-02-28T00:00",
	} {
		if got := Wall(WeekStart(wall(t, in))); got != want {
			t.Errorf("WeekStart(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestMix(t *testing.T) {
	items := func(u, e, m int) []Item {
		var out []Item
		for _, n := range []struct {
			c string
			k int
		}{{Useful, u}, {Emotional, e}, {Marketing, m}} {
			for range n.k {
				out = append(out, Item{Input: Input{Category: n.c}})
			}
		}
		return out
	}
	cases := []struct {
		u, e, m   int
		marketing int // tenths of a percent
		warn      bool
	}{
		{7, 2, 1, 100, false},
		{0, 0, 0, 0, false},
		{17, 0, 3, 150, false}, // exactly 15 %: no warning
		{5, 0, 1, 167, true},
		{2, 0, 1, 333, true},
		{1, 1, 1, 333, true},
	}
	for _, c := range cases {
		m := MixOf(items(c.u, c.e, c.m), DefaultLines().MarketingWarn)
		if got := m.Share(m.Marketing); got != c.marketing || m.Warn != c.warn {
			t.Errorf("%d/%d/%d: marketing %d warn %v, want %d %v", c.u, c.e, c.m, got, m.Warn, c.marketing, c.warn)
		}
		if m.Total != c.u+c.e+c.m {
			t.Errorf("%d/%d/%d: total %d", c.u, c.e, c.m, m.Total)
		}
	}
}
