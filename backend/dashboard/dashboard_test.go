package dashboard_test

import (
	"context"
	"database/sql"
	"math"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/dashboard"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
	"qunzhu/backend/tiers"
)

// seed is a small fixture worked out by hand: groups 1 and 2, members 1–6
// (4 left group 1 on 03-04, 6 is in the trash), a week of events in March 2026.
var seed = []string{
	`INSERT INTO groups (id, name, name_key, platform, purpose, capacity, created_at, updated_at) VALUES
		(1, 'A', 'a', 'wechat', 'core', 500, '2026-01-01', '2026-01-01'),
		(2, 'B', 'b', 'qq', 'welfare', 500, '2026-01-01', '2026-01-01')`,
	`INSERT INTO members (id, nickname, nick_key, nick_sort, platform, created_at, updated_at, deleted_at) VALUES
		(1, 'm1', 'm1', 'm1', 'wechat', '2026-01-01', '2026-01-01', NULL),
		(2, 'm2', 'm2', 'm2', 'wechat', '2026-01-01', '2026-01-01', NULL),
		(3, 'm3', 'm3', 'm3', 'wechat', '2026-01-01', '2026-01-01', NULL),
		(4, 'm4', 'm4', 'm4', 'wechat', '2026-01-01', '2026-01-01', NULL),
		(5, 'm5', 'm5', 'm5', 'qq', '2026-01-01', '2026-01-01', NULL),
		(6, 'm6', 'm6', 'm6', 'qq', '2026-01-01', '2026-01-01', '2026-03-06T00:00:00Z')`,
	`INSERT INTO memberships (group_id, member_id, status, joined_at, left_at) VALUES
		(1, 1, 'joined', '2026-01-01', NULL), (1, 2, 'joined', '2026-03-02', NULL),
		(1, 3, 'joined', '2026-03-03', NULL), (1, 4, 'left', '2026-01-01', '2026-03-04'),
		(2, 5, 'joined', '2026-03-05', NULL), (2, 1, 'joined', '2026-03-05', NULL)`,
	`INSERT INTO events (member_id, group_id, at, kind, key) VALUES
		(1, 1, unixepoch('2026-03-02 10:00'), 'message', 1), (1, 1, unixepoch('2026-03-02 11:00'), 'message', 2),
		(1, 1, unixepoch('2026-03-06 09:00'), 'like', 3), (2, 1, unixepoch('2026-03-03 12:00'), 'like', 4),
		(3, 1, unixepoch('2026-03-06 20:00'), 'reply', 5), (4, 1, unixepoch('2026-03-04 08:00'), 'message', 6),
		(5, 2, unixepoch('2026-03-07 23:00'), 'message', 7), (6, 2, unixepoch('2026-03-05 10:00'), 'message', 8),
		(1, NULL, unixepoch('2026-02-20 10:00'), 'message', 9)`,
	`INSERT INTO member_tiers (member_id, r, f, m, recency, frequency, monetary, tier, tier_since, stage, stage_since,
		role, computed_at) SELECT column1, 1, 1, 1, 0, 0, 0, column2, '', 'growing', '', 'observer', '' FROM (VALUES
		(1, 'core'), (2, 'lurker'), (3, 'active'), (4, 'dormant'), (5, 'lurker'), (6, 'core'))`,
	`INSERT INTO invite_batches (id, group_id, name, created_at) VALUES (1, 1, 'b', ''), (2, 2, 'c', '')`,
	`INSERT INTO invite_drafts (batch_id, member_id, variant, position, text, state, state_at, copied_at, sent_at,
		created_at) VALUES (1, 1, 'A', 1, '', 'joined', '', 'x', 'x', ''), (1, 2, 'A', 2, '', 'joined', '', 'x', 'x', ''),
		(1, 3, 'A', 3, '', 'sent', '', 'x', 'x', ''), (1, 4, 'A', 4, '', 'copied', '', 'x', NULL, ''),
		(1, 5, 'A', 5, '', 'drafted', '', NULL, NULL, ''), (1, 6, 'A', 6, '', 'skipped', '', NULL, NULL, ''),
		(2, 5, 'A', 1, '', 'joined', '', 'x', 'x', '')`,
	`INSERT INTO polls (id, question, group_id, status, created_at, updated_at) VALUES
		(1, 'old', 1, 'closed', '2026-03-01T10:00:00Z', ''), (2, 'new', 1, 'open', '2026-03-05T10:00:00Z', ''),
		(3, 'other', 2, 'open', '2026-03-06T10:00:00Z', '')`,
	`INSERT INTO poll_votes (poll_id, choices, count, source, created_at) VALUES
		(2, '[0]', 1, 'member', ''), (2, '[1]', 4, 'tally', '')`,
}

func open(t *testing.T) (*store.DB, *dashboard.Service) {
	db := storetest.Open(t)
	ctx := context.Background()
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		for _, q := range seed {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				t.Fatalf("%v\n%s", err, q)
			}
		}
		if err := rebuild(ctx, tx); err != nil {
			return err
		}
		return storeTiers(ctx, tx)
	})
	if err != nil {
		t.Fatal(err)
	}
	return db, dashboard.NewService(db, func(context.Context) (tiers.Settings, error) {
		return tiers.DefaultSettings(), nil
	}, activity.Log{})
}

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// numbers are the counts a dashboard shows.
type numbers struct {
	Members, Before, Joins, Leaves, Messages, Events, Speakers, Reached, Silent int
	Summarized                                                                  bool
}

func numbersOf(d dashboard.Dashboard) numbers {
	return numbers{d.Members, d.MembersBefore, d.Joins, d.Leaves, d.Messages, d.Events, d.Speakers, d.Reached,
		d.Silent, d.Summarized}
}

// The week 03-01..03-07 worked out by hand, for group 1, group 2 and all
// groups, and earlier periods (counted from the days' sets) against the same.
func TestNumbers(t *testing.T) {
	_, s := open(t)
	for _, c := range []struct {
		name     string
		group    int64
		from, to string
		want     numbers
	}{
		// group 1: m1, m2, m3 joined (m2, m3 in the week), m4 left 03-04;
		// spoken m1×2, m4, m3 (m4 gone: not a speaker); m2 only liked;
		// in the last 3 days (03-05..03-07) m1 and m3 were seen.
		{"group 1", 1, "2026-03-01", "2026-03-07", numbers{3, 2, 2, 1, 4, 6, 2, 3, 1, true}},
		// group 2: m5 and m1 joined 03-05; m5 spoke 03-07; m6 (trash) is no member.
		{"group 2", 2, "2026-03-01", "2026-03-07", numbers{2, 0, 2, 0, 2, 2, 1, 1, 1, true}},
		// all: 5 live members; joins m2, m3, m5, m1 (group 2); spoken 4 + m5 + m6;
		// speakers m1, m3, m4, m5 (m6 in the trash); seen lately m1, m3, m5.
		{"all groups", 0, "2026-03-01", "2026-03-07", numbers{5, 2, 4, 1, 6, 8, 4, 5, 2, true}},
		// ends before the last event (03-07): from the days' sets. To 03-05:
		// m1 and m4 spoke (m4 gone), m2 liked; seen 03-03..03-05: m2 (m4 gone).
		{"group 1 earlier", 1, "2026-03-01", "2026-03-05", numbers{3, 2, 2, 1, 3, 4, 1, 2, 2, false}},
		// all to 03-05: m1, m4 spoke (m6 in the trash); seen m2, m4 lately.
		{"all earlier", 0, "2026-02-01", "2026-03-05", numbers{5, 2, 4, 1, 5, 6, 2, 3, 3, false}},
		{"empty week", 1, "2026-04-01", "2026-04-07", numbers{3, 3, 0, 0, 0, 0, 0, 0, 3, true}},
	} {
		d, err := s.Get(context.Background(), dashboard.Request{GroupID: c.group, From: date(c.from), To: date(c.to)})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := numbersOf(d); got != c.want {
			t.Errorf("%s:\n got %+v\nwant %+v", c.name, got, c.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestRatesDaysTiersFunnelRecent(t *testing.T) {
	_, s := open(t)
	d, err := s.Get(context.Background(), dashboard.Request{GroupID: 1, From: date("2026-03-01"), To: date("2026-03-07")})
	if err != nil {
		t.Fatal(err)
	}
	if !near(d.MessagesPer100, 4.0/7/3*100) || !near(d.Participation, 2.0/3) || !near(d.Reach, 1) ||
		!near(d.SilentShare, 1.0/3) || d.SilentAlert {
		t.Errorf("rates: per100 %v participation %v reach %v silent %v alert %v", d.MessagesPer100, d.Participation,
			d.Reach, d.SilentShare, d.SilentAlert)
	}
	wantDays := map[string]dashboard.Day{
		"2026-03-02": {Date: "2026-03-02", Messages: 2, Speakers: 1, Reached: 1, Joins: 1},
		"2026-03-03": {Date: "2026-03-03", Reached: 1, Joins: 1},
		"2026-03-04": {Date: "2026-03-04", Messages: 1, Speakers: 1, Reached: 1, Leaves: 1},
		"2026-03-06": {Date: "2026-03-06", Messages: 1, Speakers: 1, Reached: 2},
	}
	if len(d.PerDay) != 7 || d.PerDay[0].Date != "2026-03-01" {
		t.Fatalf("days: %+v", d.PerDay)
	}
	for _, got := range d.PerDay {
		if want := wantDays[got.Date]; want.Date != "" && got != want || want.Date == "" && got != (dashboard.Day{Date: got.Date}) {
			t.Errorf("day %s: got %+v want %+v", got.Date, got, want)
		}
	}
	if want := map[string]int{"core": 1, "lurker": 1, "active": 1}; len(d.Tiers) != 3 || d.Tiers["core"] != 1 ||
		d.Tiers["lurker"] != 1 || d.Tiers["active"] != 1 {
		t.Errorf("tiers: got %v want %v", d.Tiers, want)
	}
	// batch 1 (group 1): 5 not skipped, 4 copied, 3 sent, 2 joined: m1 core, m2 lurker.
	if want := (dashboard.Funnel{Invited: 5, Copied: 4, Sent: 3, Joined: 2, Active: 1, Core: 1}); d.Funnel != want {
		t.Errorf("funnel: got %+v want %+v", d.Funnel, want)
	}
	if len(d.Polls) != 2 || d.Polls[0].Question != "new" || d.Polls[0].Voters != 5 || d.Polls[1].Voters != 0 {
		t.Errorf("polls: %+v", d.Polls)
	}
	all, err := s.Get(context.Background(), dashboard.Request{From: date("2026-03-01"), To: date("2026-03-07")})
	if err != nil {
		t.Fatal(err)
	}
	if all.Tiers["lurker"] != 2 || all.Tiers["core"] != 1 || all.Tiers["dormant"] != 1 || len(all.Polls) != 3 ||
		all.Funnel.Invited != 6 || all.Funnel.Joined != 3 {
		t.Errorf("all groups: tiers %v polls %d funnel %+v", all.Tiers, len(all.Polls), all.Funnel)
	}
}

func TestRequestValidate(t *testing.T) {
	for _, c := range []struct {
		name string
		r    dashboard.Request
		ok   bool
	}{
		{"a week", dashboard.Request{From: date("2026-03-01"), To: date("2026-03-07")}, true},
		{"one day", dashboard.Request{GroupID: 2, From: date("2026-03-01"), To: date("2026-03-01")}, true},
		{"backwards", dashboard.Request{From: date("2026-03-02"), To: date("2026-03-01")}, false},
		{"no dates", dashboard.Request{}, false},
		{"too long", dashboard.Request{From: date("2000-01-01"), To: date("2026-01-01")}, false},
		{"bad group", dashboard.Request{GroupID: -1, From: date("2026-03-01"), To: date("2026-03-01")}, false},
	} {
		if err := c.r.Validate(); (err == nil) != c.ok {
			t.Errorf("%s: got %v, want ok %v", c.name, err, c.ok)
		}
	}
}

// A database that held events before migration 0011 gets its summaries on
// the first dashboard: the same numbers as counted along the way.
func TestBuiltOnFirstUse(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir()+"/old.db")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.MigrateTo(ctx, 10); err != nil {
		t.Fatal(err)
	}
	for _, q := range seed {
		if _, err := db.Write().ExecContext(ctx, q); err != nil {
			t.Fatalf("%v\n%s", err, q)
		}
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	var days int
	db.Read().QueryRow(`SELECT count(*) FROM dashboard_days`).Scan(&days)
	if days != 0 {
		t.Fatalf("%d days counted before the first dashboard", days)
	}
	s := dashboard.NewService(db, func(context.Context) (tiers.Settings, error) { return tiers.DefaultSettings(), nil },
		activity.Log{})
	d, err := s.Get(ctx, dashboard.Request{GroupID: 1, From: date("2026-03-01"), To: date("2026-03-07")})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := numbersOf(d), (numbers{3, 2, 2, 1, 4, 6, 2, 3, 1, true}); got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if d.Tiers["core"] != 1 || d.Tiers["active"] != 1 || d.Tiers["lurker"] != 1 {
		t.Errorf("tiers from the migration: %v", d.Tiers)
	}
	var triggers int
	db.Read().QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'dashboard_last'`).Scan(&triggers)
	if triggers != 3 {
		t.Errorf("%d triggers on dashboard_last after the rebuild, want 3", triggers)
	}
}

// A group without any chat export on record judges nobody silent: its
// silent count is there, but no alert; one with events raises it.
func TestNoRecordsNoAlert(t *testing.T) {
	db, s := open(t)
	ctx := context.Background()
	for _, q := range []string{
		`INSERT INTO groups (id, name, name_key, platform, purpose, capacity, created_at, updated_at) VALUES
			(3, 'C', 'c', 'qq', 'core', 500, '2026-01-01', '2026-01-01')`,
		`INSERT INTO memberships (group_id, member_id, status, joined_at) VALUES (3, 1, 'joined', '2026-01-01'),
			(3, 2, 'joined', '2026-01-01')`,
	} {
		if _, err := db.Write().ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	d, err := s.Get(ctx, dashboard.Request{GroupID: 3, From: date("2026-04-01"), To: date("2026-04-07")})
	if err != nil {
		t.Fatal(err)
	}
	if d.Recorded || d.SilentAlert || d.Members != 2 || d.Silent != 2 {
		t.Errorf("group without events: recorded %v, alert %v, members %d, silent %d; want false, false, 2, 2",
			d.Recorded, d.SilentAlert, d.Members, d.Silent)
	}
	d, err = s.Get(ctx, dashboard.Request{GroupID: 1, From: date("2026-04-01"), To: date("2026-04-07")})
	if err != nil {
		t.Fatal(err)
	}
	if !d.Recorded || !d.SilentAlert {
		t.Errorf("group 1, silent all April week: recorded %v, alert %v; want both", d.Recorded, d.SilentAlert)
	}
}
