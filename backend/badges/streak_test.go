package badges_test

import (
	"testing"

	"qunzhu/backend/badges"
)

// Check-in streaks at their exact thresholds, day boundaries on the wall
// clock (23:59 and 00:00 are two days, two check-ins a day count once), a
// gap breaking a run, and each group on its own.
func TestStreaks(t *testing.T) {
	f := setup(t, "七天", "六天", "断了", "踩点", "二十一天", "两个群")
	f.checkinDays("七天", f.g1, "2026-11-01", 7, "08:00")
	f.checkinDays("六天", f.g1, "2026-11-01", 6, "08:00")
	f.checkinDays("断了", f.g1, "2026-11-01", 3, "08:00") // 11-04 missing
	f.checkinDays("断了", f.g1, "2026-11-05", 4, "08:00")
	for _, w := range []string{"11-01 23:59", "11-02 00:00", "11-02 23:59", "11-03 00:00", "11-03 12:00", "11-04 23:59",
		"11-05 00:00", "11-06 23:59", "11-07 00:00"} {
		f.event("踩点", f.g1, "2026-"+w, "checkin") // days 1..7, the 7th at midnight
	}
	f.checkinDays("二十一天", f.g1, "2026-10-01", 21, "07:30")
	f.checkinDays("二十一天", f.g1, "2026-11-01", 7, "07:30") // a second run: the badge once, on the first date
	f.checkinDays("两个群", f.g1, "2026-11-01", 4, "08:00")
	f.checkinDays("两个群", f.g2, "2026-11-05", 3, "08:00")
	f.event("六天", f.g1, "2026-11-07 09:00", "message") // a message is no check-in
	f.evaluate()
	cases := []struct{ badge, want string }{
		{badges.Streak, "七天/g1/2026-11-07 二十一天/g1/2026-10-07 踩点/g1/2026-11-07"},
		{badges.LongStreak, "二十一天/g1/2026-10-21"},
	}
	for _, c := range cases {
		if got := f.held(c.badge, false); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.badge, got, c.want)
		}
	}

	// Six days earn it once the threshold is 6; the long streak must stay longer.
	set := badges.DefaultSettings()
	set.StreakDays = 6
	if _, err := f.svc.SaveSettings(f.ctx, set); err != nil {
		t.Fatal(err)
	}
	f.evaluate()
	want := "七天/g1/2026-11-06 二十一天/g1/2026-10-06 六天/g1/2026-11-06 踩点/g1/2026-11-06"
	if got := f.held(badges.Streak, false); got != want {
		t.Errorf("streak at 6:\n got %s\nwant %s", got, want)
	}
	set.LongStreakDays = 6
	if _, err := f.svc.SaveSettings(f.ctx, set); err == nil {
		t.Error("a long streak no longer than the short one was saved")
	}
}

// The first message in each group, on its wall day; members who never
// spoke (a like is no message) have none.
func TestFirstMessage(t *testing.T) {
	f := setup(t, "老粉", "新人", "潜水")
	f.event("老粉", f.g2, "2026-09-30 23:59", "message")
	f.event("老粉", f.g1, "2026-11-03 00:00", "reply")
	f.event("老粉", f.g1, "2026-11-01 00:00", "like") // not spoken
	f.event("新人", f.g1, "2026-11-25 21:10", "message")
	f.event("新人", f.g1, "2026-11-26 08:00", "message")
	f.event("潜水", f.g1, "2026-11-20 10:00", "like")
	f.evaluate()
	want := "新人/g1/2026-11-25 老粉/g1/2026-11-03 老粉/g2/2026-09-30"
	if got := f.held(badges.FirstMessage, false); got != want {
		t.Errorf("first message:\n got %s\nwant %s", got, want)
	}
}
