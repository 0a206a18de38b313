package review_test

import (
	"context"
	"math"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/planner"
	"qunzhu/backend/review"
	"qunzhu/backend/settings"
)

type itemNumbers struct {
	Title                  string
	Done                   bool
	Messages, Speakers     int
	Baseline, SpeakersBase float64
	Lift                   float64
	Word                   string
	Votes, Entrants        int
	Jielong                int
}

func numbersOf(it review.Item) itemNumbers {
	return itemNumbers{it.Title, it.Done, it.MessagesAfter, it.SpeakersAfter, it.Baseline, it.SpeakersBaseline,
		math.Round(it.Lift*1000) / 1000, it.Word, it.Votes, it.Entrants, it.Jielong}
}

// The week planned and imported, reviewed: each item against its baseline
// (worked out by hand in fixture_test.go), the KPIs of the week and the
// week before from the dashboard's report, the mix planned and done.
func TestReviewWeek(t *testing.T) {
	f := planned(t, true)
	r, err := f.ws.Review.Get(context.Background(), review.Request{GroupID: f.group, From: week.from, To: week.to})
	if err != nil {
		t.Fatal(err)
	}
	want := []itemNumbers{
		{"投票", false, 3, 2, 0.5, 0.5, 3, review.Up, 5, 0, 0},
		{"答疑", true, 8, 4, 2, 2, 4, review.Up, 0, 0, 1},
		{"直播", false, 1, 1, 2, 2, 0.5, review.None, 0, 0, 0},
		{"红包", true, 2, 2, 2, 2, 1, review.Flat, 0, 3, 0},
	}
	if len(r.Items) != len(want) {
		t.Fatalf("items = %d, want %d", len(r.Items), len(want))
	}
	for i, w := range want {
		if got := numbersOf(r.Items[i]); got != w {
			t.Errorf("item %d:\n got %+v\nwant %+v", i, got, w)
		}
	}
	if r.KPIs.Messages != 15 || r.Previous.Messages != 9 || r.KPIs.Speakers != 4 || r.KPIs.Members != 4 {
		t.Errorf("kpis: messages %d (15), before %d (9), speakers %d (4), members %d (4)",
			r.KPIs.Messages, r.Previous.Messages, r.KPIs.Speakers, r.KPIs.Members)
	}
	if !near(r.KPIs.MessagesPer100, 15.0/7/4*100) || !near(r.Previous.MessagesPer100, 9.0/7/4*100) {
		t.Errorf("messages per 100: %v, before %v", r.KPIs.MessagesPer100, r.Previous.MessagesPer100)
	}
	wantPlanned := planner.Mix{Useful: 2, Emotional: 1, Marketing: 1, Total: 4, Warn: true, WarnAt: 15}
	wantDone := planner.Mix{Useful: 1, Emotional: 1, Total: 2, WarnAt: 15}
	if r.Planned != wantPlanned || r.DoneMix != wantDone {
		t.Errorf("mix planned %+v done %+v", r.Planned, r.DoneMix)
	}
}

// The hours after an item are a setting: with 1 hour, 投票 (Mon 20:00)
// has 1 message (20:00) against 02-23 20:30 alone (1/4): lift 1.0, flat.
func TestReviewHoursSetting(t *testing.T) {
	f := planned(t, true)
	ctx := context.Background()
	if _, err := f.ws.Settings.SaveReview(ctx, settings.Review{Hours: 1, UpPct: 130, LowPct: 80}); err != nil {
		t.Fatal(err)
	}
	r, err := f.ws.Review.Get(ctx, review.Request{GroupID: f.group, From: week.from, To: week.to})
	if err != nil {
		t.Fatal(err)
	}
	got := numbersOf(r.Items[0])
	want := itemNumbers{"投票", false, 1, 1, 0.25, 0.25, 1, review.Flat, 5, 0, 0}
	if got != want {
		t.Errorf("\n got %+v\nwant %+v", got, want)
	}
}

func TestJudge(t *testing.T) {
	for _, c := range []struct {
		after    int
		baseline float64
		lift     float64
		word     string
	}{
		{0, 0, 0, review.None},     // a quiet hour that stayed quiet
		{1, 0, 1, review.Flat},     // a baseline under 1 counts as 1
		{2, 0.5, 2, review.Up},     // likewise
		{13, 10, 1.3, review.Up},   // at the line
		{12, 10, 1.2, review.Flat}, // under it
		{8, 10, 0.8, review.None},  // at the low line
		{9, 10, 0.9, review.Flat},  // over it
		{0, 4, 0, review.None},     // nothing against something
		{30, 7.5, 4, review.Up},    // a big lift
	} {
		lift, word := review.Judge(c.after, c.baseline, 130, 80)
		if !near(lift, c.lift) || word != c.word {
			t.Errorf("Judge(%d, %v) = %v %s, want %v %s", c.after, c.baseline, lift, word, c.lift, c.word)
		}
	}
}

func TestRequestAndSettingsValidate(t *testing.T) {
	for _, c := range []struct {
		name string
		r    review.Request
		key  string
	}{
		{"no group", review.Request{From: week.from, To: week.to}, "err.review.group"},
		{"backwards", review.Request{GroupID: 1, From: week.to, To: week.from}, "err.dashboard.period"},
		{"too long", review.Request{GroupID: 1, From: week.from, To: week.from.AddDate(0, 0, review.MaxDays)},
			"err.dashboard.too_long"},
	} {
		if key := fieldKey(c.r.Validate()); key != c.key {
			t.Errorf("%s: key %q, want %q", c.name, key, c.key)
		}
	}
	for _, c := range []struct {
		s   settings.Review
		key string
	}{
		{settings.Review{Hours: 0, UpPct: 130, LowPct: 80}, "err.field.range"},
		{settings.Review{Hours: 25, UpPct: 130, LowPct: 80}, "err.field.range"},
		{settings.Review{Hours: 3, UpPct: 100, LowPct: 100}, "err.review.low_pct"},
		{settings.Review{Hours: 3, UpPct: 130, LowPct: 80}, ""},
	} {
		if key := fieldKey(c.s.Validate()); key != c.key {
			t.Errorf("%+v: key %q, want %q", c.s, key, c.key)
		}
	}
}

// A refused setting leaves the stored ones as they were.
func TestBadSettingsKeepTheOld(t *testing.T) {
	f := planned(t, false)
	ctx := context.Background()
	if _, err := f.ws.Settings.SaveReview(ctx, settings.Review{Hours: 5, UpPct: 150, LowPct: 50}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.ws.Settings.SaveReview(ctx, settings.Review{Hours: 5, UpPct: 150, LowPct: 150}); err == nil {
		t.Fatal("low ≥ up was stored")
	}
	got, err := f.ws.Settings.Review(ctx)
	if err != nil || got != (settings.Review{Hours: 5, UpPct: 150, LowPct: 50}) {
		t.Errorf("settings = %+v, %v", got, err)
	}
}

func fieldKey(err error) string {
	if err == nil {
		return ""
	}
	e := errs.As(err)
	for _, fe := range e.Fields {
		return fe.Key
	}
	return e.Key
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
