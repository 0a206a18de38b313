package kpi_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/dashboard"
	"qunzhu/backend/kpi"
	"qunzhu/backend/sample"
	"qunzhu/backend/workspace"
)

var now = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)

// sampleWorkspace is a small sample workspace in a temporary file.
func sampleWorkspace(t *testing.T) *workspace.Workspace {
	t.Helper()
	ctx := context.Background()
	ws, err := workspace.Open(ctx, filepath.Join(t.TempDir(), "qunzhu.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	if _, err := sample.Create(ctx, ws, sample.Options{Members: 300, Months: 2, Seed: 3, Now: now, Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	return ws
}

// scopes are all groups (0) and each group of the workspace.
func scopes(t *testing.T, ws *workspace.Workspace) []int64 {
	t.Helper()
	out := []int64{0}
	rows, err := ws.DB.Read().Query(`SELECT id FROM groups ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		out = append(out, id)
	}
	if len(out) < 3 {
		t.Fatalf("the sample has %d groups; want at least 2", len(out)-1)
	}
	return out
}

// periods are whole days, From and To inclusive: the last week, the last
// month, a past week, a day, and a week before any chat.
var periods = []struct{ name, from, to string }{
	{"last week", "2026-11-24", "2026-11-30"},
	{"last month", "2026-11-01", "2026-11-30"},
	{"a past week", "2026-10-05", "2026-10-11"},
	{"one day", "2026-11-15", "2026-11-15"},
	{"before any chat", "2025-01-06", "2025-01-12"},
}

func dates(t *testing.T, from, to string) (time.Time, time.Time) {
	t.Helper()
	f, err1 := time.Parse(time.DateOnly, from)
	e, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	return f, e
}

// Group health and the dashboard show the same numbers for every group and
// period of the sample workspace, and both follow package kpi's definitions
// as plain SQL over the events reads them.
func TestHealthAndDashboardAgree(t *testing.T) {
	ws := sampleWorkspace(t)
	ctx := context.Background()
	for _, g := range scopes(t, ws) {
		for _, p := range periods {
			from, to := dates(t, p.from, p.to)
			d, err := ws.Dashboard.Get(ctx, dashboard.Request{GroupID: g, From: from, To: to})
			if err != nil {
				t.Fatal(err)
			}
			h, err := ws.Activity.Health(ctx, g, from, to.AddDate(0, 0, 1))
			if err != nil {
				t.Fatal(err)
			}
			got := kpi.Score(kpi.Counts{Members: h.Members, Messages: h.Messages, Days: h.Days, Speakers: h.Speakers,
				Reached: h.Reached, Silent: h.Silent, Recorded: h.Recorded}, h.Thresholds)
			got.MessagesPer100, got.Reach, got.Participation = h.MessagesPer100, h.Reach, h.Participation
			got.SilentShare, got.SilentAlert = h.SilentShare, h.SilentAlert
			if want := d.Figures(); got != want {
				t.Errorf("group %d, %s: health %+v, dashboard %+v", g, p.name, got, want)
			}
			if !h.AnyRecorded || !h.Recorded || !d.Recorded {
				t.Errorf("group %d, %s: recorded %v/%v/%v; the sample holds a chat", g, p.name, h.AnyRecorded, h.Recorded, d.Recorded)
			}
			if p.name == "last month" && (d.Messages == 0 || d.Events <= d.Messages || d.Speakers == 0) {
				t.Errorf("group %d, last month: %d messages of %d events, %d speakers; want likes and shares beside messages",
					g, d.Messages, d.Events, d.Speakers)
			}
			checkDays(t, g, p.name, h.PerDay, d.PerDay)
			checkDefinitions(t, ws, g, p.name, from, to, d)
		}
	}
}

func checkDays(t *testing.T, g int64, name string, health []activity.DayCount, dash []dashboard.Day) {
	t.Helper()
	if len(health) != len(dash) {
		t.Fatalf("group %d, %s: %d days in health, %d on the dashboard", g, name, len(health), len(dash))
	}
	for i, d := range dash {
		if h := health[i]; h.Date != d.Date || h.Messages != d.Messages || h.Speakers != d.Speakers {
			t.Errorf("group %d, %s: health's day %+v, the dashboard's %+v", g, name, h, d)
		}
	}
}

// checkDefinitions counts the messages, speakers, reach and silent members
// straight from the events, as the package comment words them.
func checkDefinitions(t *testing.T, ws *workspace.Workspace, g int64, name string, from, to time.Time, d dashboard.Dashboard) {
	t.Helper()
	members := `SELECT id FROM members WHERE deleted_at IS NULL`
	inScope := `?1 = 0`
	if g != 0 {
		members = `SELECT member_id AS id FROM memberships s JOIN members m ON m.id = s.member_id
			WHERE s.group_id = ?1 AND s.status = 'joined' AND m.deleted_at IS NULL`
		inScope = `group_id = ?1`
	}
	start, end := from.Unix(), to.AddDate(0, 0, 1).Unix()
	silentFrom := end - int64(d.Thresholds.SilentDays)*86400
	var want kpi.Counts
	err := ws.DB.Read().QueryRow(`SELECT
		(SELECT count(*) FROM (`+members+`)),
		(SELECT count(*) FROM events WHERE `+inScope+` AND at >= ?2 AND at < ?3 AND `+kpi.SpokenSQL+`),
		(SELECT count(DISTINCT member_id) FROM events WHERE `+inScope+` AND at >= ?2 AND at < ?3 AND `+kpi.SpokenSQL+`
			AND member_id IN (`+members+`)),
		(SELECT count(DISTINCT member_id) FROM events WHERE `+inScope+` AND at >= ?2 AND at < ?3 AND member_id IN (`+members+`)),
		(SELECT count(*) FROM (`+members+`) WHERE id NOT IN
			(SELECT member_id FROM events WHERE `+inScope+` AND at >= ?4 AND at < ?3))`,
		g, start, end, silentFrom).Scan(&want.Members, &want.Messages, &want.Speakers, &want.Reached, &want.Silent)
	if err != nil {
		t.Fatal(err)
	}
	got := kpi.Counts{Members: d.Members, Messages: d.Messages, Speakers: d.Speakers, Reached: d.Reached, Silent: d.Silent}
	if got != want {
		t.Errorf("group %d, %s: dashboard counts %+v, the definitions %+v", g, name, got, want)
	}
}
