package planner_test

import (
	"fmt"
	"strings"
	"testing"

	"qunzhu/backend/members"
	"qunzhu/backend/planner"
)

// The seed's guidance (seed 001): core 3–5 a day, active 1–2 a day,
// lurkers 1–2 a week; dormant members have no rhythm.
var seedGuide = []planner.Guidance{
	{Tier: "core", Per: planner.PerDay, Min: 3, Max: 5},
	{Tier: "active", Per: planner.PerDay, Min: 1, Max: 2},
	{Tier: "lurker", Per: planner.PerWeek, Min: 1, Max: 2},
	{Tier: "dormant", Per: planner.PerWeek},
}

// plan is one item to create: start, audience tier ("" whole group,
// "segment" the saved segment) and how many days it repeats.
type plan struct {
	start, tier string
	days        int
}

func statuses(r planner.Rhythm) string {
	var b []string
	for _, t := range r.Tiers {
		b = append(b, fmt.Sprintf("%s:%s:%d", t.Tier, t.Status, t.Total))
	}
	return strings.Join(b, " ") + fmt.Sprintf(" whole:%d segments:%d", r.Whole, r.Segments)
}

func TestWeekRhythm(t *testing.T) {
	daily := func(start, tier string) plan { return plan{start, tier, 7} }
	cases := []struct {
		name  string
		plans []plan
		want  string
	}{
		{"an empty week warns for every tier", nil,
			"core:none:0 active:none:0 lurker:none:0 dormant:none:0 whole:0 segments:0"},
		{"core three times a day, active once, a lurker and a dormant item",
			[]plan{daily("2026-11-30T08:00", "core"), daily("2026-11-30T12:00", "core"), daily("2026-11-30T20:00", "core"),
				daily("2026-11-30T19:00", "active"), {"2026-12-02T20:00", "lurker", 1}, {"2026-12-06T20:00", "dormant", 1}},
			"core:ok:21 active:ok:7 lurker:ok:1 dormant:ok:1 whole:0 segments:0"},
		{"core misses a day: low; active three on Monday: high",
			[]plan{{"2026-11-30T08:00", "core", 6}, {"2026-11-30T12:00", "core", 7}, {"2026-11-30T20:00", "core", 7},
				daily("2026-11-30T19:00", "active"), {"2026-11-30T08:00", "active", 1}, {"2026-11-30T21:00", "active", 1}},
			"core:low:20 active:high:9 lurker:none:0 dormant:none:0 whole:0 segments:0"},
		{"three lurker items a week are too many",
			[]plan{{"2026-11-30T20:00", "lurker", 3}},
			"core:none:0 active:none:0 lurker:high:3 dormant:none:0 whole:0 segments:0"},
		{"whole-group and segment items count for no tier; next week's do not count",
			[]plan{{"2026-12-01T20:00", "", 1}, {"2026-12-02T20:00", "segment", 1}, {"2026-12-07T20:00", "lurker", 1}},
			"core:none:0 active:none:0 lurker:none:0 dormant:none:0 whole:1 segments:1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := setup(t, "2026-12-02T09:00")
			seg, err := members.NewService(f.svc.DB()).SaveSegment(f.ctx, 0, "新人", members.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range c.plans {
				in := planner.Input{GroupID: f.group, Kind: "topic", Title: "聊聊", Start: at(t, p.start), Minutes: 15,
					Audience: planner.Audience{Tier: p.tier}}
				if p.tier == "segment" {
					in.Audience = planner.Audience{Segment: seg.ID}
				}
				rec := planner.Recurrence{}
				if p.days > 1 {
					rec = planner.Recurrence{Freq: planner.Daily, Count: p.days}
				}
				if _, err := f.svc.Create(f.ctx, in, rec); err != nil {
					t.Fatal(err)
				}
			}
			r, err := f.svc.WeekRhythm(f.ctx, at(t, "2026-12-03T00:00"), f.group, seedGuide)
			if err != nil {
				t.Fatal(err)
			}
			if got := statuses(r); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
			if other, _ := f.svc.WeekRhythm(f.ctx, at(t, "2026-12-03T00:00"), f.other, seedGuide); other.Tiers[0].Total != 0 {
				t.Errorf("the other group's week counts this group's items")
			}
		})
	}
}

// A per-day count is kept for each day, Monday first.
func TestRhythmPerDay(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	for _, s := range []string{"2026-11-30T08:00", "2026-11-30T09:00", "2026-12-06T23:30"} {
		in := planner.Input{GroupID: f.group, Kind: "checkin", Title: "打卡", Start: at(t, s), Minutes: 15,
			Audience: planner.Audience{Tier: "core"}}
		if _, err := f.svc.Create(f.ctx, in, planner.Recurrence{}); err != nil {
			t.Fatal(err)
		}
	}
	r, _ := f.svc.WeekRhythm(f.ctx, at(t, "2026-11-30T00:00"), 0, seedGuide)
	if got := fmt.Sprint(r.Tiers[0].PerDay); got != "[2 0 0 0 0 0 1]" {
		t.Errorf("per day %s", got)
	}
}

// The audience is stored and read back, and a bad one is refused.
func TestAudience(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	seg, _ := members.NewService(f.svc.DB()).SaveSegment(f.ctx, 0, "沉睡老粉", members.Filter{})
	base := planner.Input{GroupID: f.group, Kind: "topic", Title: "回来看看", Start: at(t, "2026-12-02T20:00"), Minutes: 15}
	cases := []struct {
		name     string
		audience planner.Audience
		key      string
	}{
		{"a tier", planner.Audience{Tier: "dormant"}, ""},
		{"a segment", planner.Audience{Segment: seg.ID}, ""},
		{"the whole group", planner.Audience{}, ""},
		{"an unknown tier", planner.Audience{Tier: "vip"}, "err.planner.audience_tier"},
		{"both", planner.Audience{Tier: "core", Segment: seg.ID}, "err.planner.audience_both"},
	}
	for _, c := range cases {
		in := base
		in.Audience = c.audience
		made, err := f.svc.Create(f.ctx, in, planner.Recurrence{})
		if got := errKey(err); got != c.key {
			t.Errorf("%s: got %q, want %q", c.name, got, c.key)
			continue
		}
		if err == nil {
			back, _ := f.svc.Get(f.ctx, made[0].ID)
			if back.Audience != c.audience {
				t.Errorf("%s: stored %+v", c.name, back.Audience)
			}
		}
	}
	// Deleting the segment leaves its items for the whole group.
	if err := members.NewService(f.svc.DB()).DeleteSegment(f.ctx, seg.ID); err != nil {
		t.Fatal(err)
	}
	items, _ := f.svc.List(f.ctx, planner.Range{From: at(t, "2026-12-01T00:00"), To: at(t, "2026-12-03T00:00")})
	for _, it := range items {
		if it.Audience.Segment != 0 {
			t.Errorf("item %d still names the deleted segment", it.ID)
		}
	}
}

// A monthly series is stored with its rule, each item on its day.
func TestMonthlySeriesStored(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	in := planner.Input{GroupID: f.group, Kind: "ranking", Title: "月度评选", Start: at(t, "2026-12-01T20:00"), Minutes: 30}
	rec := planner.Recurrence{Freq: planner.Monthly, Nth: planner.LastOfMonth, Weekday: 5, Count: 3}
	made, err := f.svc.Create(f.ctx, in, rec)
	if err != nil {
		t.Fatal(err)
	}
	if got := summary(made); got != "2026-12-25T20:00 ranking\n2027-01-29T20:00 ranking\n2027-02-26T20:00 ranking" {
		t.Errorf("series:\n%s", got)
	}
	back, _ := f.svc.Get(f.ctx, made[2].ID)
	if back.Series == "" || back.Series != made[0].Series || back.Repeat != `{"freq":"monthly","count":3,"nth":-1,"weekday":5}` {
		t.Errorf("stored series %q rule %q", back.Series, back.Repeat)
	}
}
