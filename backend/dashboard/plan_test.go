package dashboard_test

import (
	"context"
	"testing"
	"time"

	"qunzhu/backend/dashboard"
	"qunzhu/backend/planner"
)

// planSeed is worked out by hand: group 1 plans five items in the week
// 03-01..03-07 (3 useful, 1 emotional, 1 marketing; two done), one before
// it and two on "today" (03-10, one done); group 2 plans one marketing item
// in the week. Violations: two in group 1 in the week (one removal), one
// the day after; one in group 2 in the week.
var planSeed = []string{
	`INSERT INTO planner_items (group_id, kind, title, category, starts_at, minutes, done_at, created_at, updated_at) VALUES
		(1, 'vote', 'a', 'useful', '2026-03-01T00:00', 30, 'x', '', ''),
		(1, 'qa', 'b', 'useful', '2026-03-04T20:00', 30, NULL, '', ''),
		(1, 'quiz', 'c', 'useful', '2026-03-07T23:59', 30, 'x', '', ''),
		(1, 'redpacket', 'd', 'emotional', '2026-03-06T12:00', 30, NULL, '', ''),
		(1, 'preview', 'e', 'marketing', '2026-03-05T19:00', 30, NULL, '', ''),
		(1, 'vote', 'before', 'useful', '2026-02-28T23:59', 30, NULL, '', ''),
		(1, 'checkin', 'today', 'useful', '2026-03-10T07:00', 30, 'x', '', ''),
		(1, 'checkin', 'today 2', 'useful', '2026-03-10T21:00', 30, NULL, '', ''),
		(1, 'checkin', 'tomorrow', 'useful', '2026-03-11T00:00', 30, NULL, '', ''),
		(2, 'live', 'f', 'marketing', '2026-03-02T20:00', 60, NULL, '', '')`,
	`INSERT INTO planner_violations (group_id, member_id, rule, step, action, at) VALUES
		(1, 1, 'ads', 0, 'warning', ?1), (1, 4, 'ads', 3, 'removal', ?2),
		(1, 2, 'spam', 0, 'warning', ?3), (2, 5, 'spam', 0, 'warning', ?1)`,
}

func TestPlan(t *testing.T) {
	db, s := open(t)
	local := func(s string) string {
		at, err := time.ParseInLocation("2006-01-02 15:04", s, time.Local)
		if err != nil {
			t.Fatal(err)
		}
		return at.UTC().Format(time.RFC3339Nano)
	}
	ctx := context.Background()
	if _, err := db.Write().ExecContext(ctx, planSeed[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Write().ExecContext(ctx, planSeed[1], local("2026-03-01 00:00"), local("2026-03-07 23:59"),
		local("2026-03-08 00:00")); err != nil {
		t.Fatal(err)
	}
	s.SetClock(func() time.Time { return time.Date(2026, 3, 10, 9, 30, 0, 0, time.Local) })
	for _, c := range []struct {
		name  string
		group int64
		want  dashboard.Plan
	}{
		{"group 1", 1, dashboard.Plan{Mix: planner.Mix{Total: 5, Useful: 3, Emotional: 1, Marketing: 1, Warn: true, WarnAt: 15},
			Done: 2, Today: 2, TodayDone: 1, Violations: 2, Removals: 1}},
		// 1 marketing of 1: warns.
		{"group 2", 2, dashboard.Plan{Mix: planner.Mix{Total: 1, Marketing: 1, Warn: true, WarnAt: 15}, Violations: 1}},
		// 1+1 marketing of 6 (16.7 %) still warns; 3 violations in the week.
		{"all groups", 0, dashboard.Plan{Mix: planner.Mix{Total: 6, Useful: 3, Emotional: 1, Marketing: 2, Warn: true, WarnAt: 15},
			Done: 2, Today: 2, TodayDone: 1, Violations: 3, Removals: 1}},
	} {
		d, err := s.Get(ctx, dashboard.Request{GroupID: c.group, From: date("2026-03-01"), To: date("2026-03-07")})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if d.Plan != c.want {
			t.Errorf("%s:\n got %+v\nwant %+v", c.name, d.Plan, c.want)
		}
	}
	// Three more items in group 1's week: 1 marketing of 8 is 12.5 %, under the 15 % line.
	if _, err := db.Write().ExecContext(ctx, `INSERT INTO planner_items (group_id, kind, title, category, starts_at,
		minutes, created_at, updated_at) VALUES (1, 'quiz', 'g', 'useful', '2026-03-03T08:00', 30, '', ''),
		(1, 'quiz', 'h', 'useful', '2026-03-03T09:00', 30, '', ''), (1, 'quiz', 'i', 'emotional', '2026-03-03T10:00', 30, '', '')`); err != nil {
		t.Fatal(err)
	}
	d, err := s.Get(ctx, dashboard.Request{GroupID: 1, From: date("2026-03-01"), To: date("2026-03-07")})
	if err != nil {
		t.Fatal(err)
	}
	if d.Plan.Mix.Total != 8 || d.Plan.Mix.Marketing != 1 || d.Plan.Mix.Warn {
		t.Errorf("1 marketing item of 8 (12.5 %%): got %+v, want no warning", d.Plan)
	}
}
