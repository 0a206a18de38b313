package sample_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"qunzhu/backend/dashboard"
	"qunzhu/backend/errs"
	"qunzhu/backend/sample"
	"qunzhu/backend/workspace"
)

func open(t testing.TB) *workspace.Workspace {
	t.Helper()
	ws, err := workspace.Open(context.Background(), filepath.Join(t.TempDir(), "qunzhu.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	return ws
}

var now = time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)

// digests are the tables a run fills, each as a hash of its rows.
var digests = []string{
	`SELECT nickname, platform, platform_id, coalesce(follow_since, ''), fan_level, iron_fan FROM members ORDER BY id`,
	`SELECT group_id, member_id, status, coalesce(joined_at, ''), coalesce(left_at, '') FROM memberships ORDER BY 1, 2`,
	`SELECT member_id, coalesce(group_id, 0), at, kind, value, text, chat, key FROM events ORDER BY id`,
	`SELECT member_id, tier, stage FROM member_tiers ORDER BY 1`,
	`SELECT group_id, kind, title, starts_at, coalesce(poll_id, 0) FROM planner_items ORDER BY id`,
	`SELECT member_id, choices FROM poll_votes ORDER BY id`,
	`SELECT position, name FROM lottery_picks ORDER BY pick_order`,
	`SELECT member_id, state FROM invite_drafts ORDER BY id`,
}

func digest(t *testing.T, ws *workspace.Workspace) []string {
	t.Helper()
	out := make([]string, len(digests))
	for i, q := range digests {
		rows, err := ws.DB.Read().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		h, n := sha256.New(), 0
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for j := range vals {
			ptrs[j] = &vals[j]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(h, vals...)
			n++
		}
		rows.Close()
		out[i] = fmt.Sprintf("%d rows %x", n, h.Sum(nil)[:8])
	}
	return out
}

func TestSameSeedSameData(t *testing.T) {
	o := sample.Options{Members: 600, Months: 2, Seed: 42, Now: now, Lang: "zh-CN"}
	a, b, c := open(t), open(t), open(t)
	repA, err := sample.Create(context.Background(), a, o)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sample.Create(context.Background(), b, o); err != nil {
		t.Fatal(err)
	}
	o.Seed = 43
	if _, err := sample.Create(context.Background(), c, o); err != nil {
		t.Fatal(err)
	}
	da, db, dc := digest(t, a), digest(t, b), digest(t, c)
	for i := range da {
		if da[i] != db[i] {
			t.Errorf("%s\nseed 42 twice: %s vs %s", digests[i], da[i], db[i])
		}
	}
	if da[0] == dc[0] || da[2] == dc[2] {
		t.Errorf("seed 43 made the same members or events as seed 42")
	}
	if repA.Groups != 3 || repA.Members != 600 || repA.Polls != 1 || repA.Lotteries != 1 || repA.Invitations == 0 || repA.PlanItems != 3*10+7+25 || repA.Admins < 2 || repA.Violations != 3 {
		t.Errorf("report %+v", repA)
	}
}

func TestShape(t *testing.T) {
	ws := open(t)
	rep, err := sample.Create(context.Background(), ws, sample.Options{Members: 1000, Months: 3, Seed: 7, Now: now, Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	q := func(query string, args ...any) (n float64) {
		t.Helper()
		if err := ws.DB.Read().QueryRow(query, args...).Scan(&n); err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		return n
	}
	if got := q(`SELECT COUNT(DISTINCT platform) FROM groups`); got != 3 {
		t.Errorf("%v platforms, want 3", got)
	}
	if got := q(`SELECT COUNT(*) FROM events`); int(got) != rep.Events || got < 10000 {
		t.Errorf("%v events, report says %d", got, rep.Events)
	}
	// A weekly rhythm: Sundays are busier than Tuesdays; evenings than nights.
	sun := q(`SELECT COUNT(*) FROM events WHERE strftime('%w', at, 'unixepoch') = '0'`)
	tue := q(`SELECT COUNT(*) FROM events WHERE strftime('%w', at, 'unixepoch') = '2'`)
	if sun < tue*1.3 {
		t.Errorf("Sundays %v, Tuesdays %v: want a weekend peak", sun, tue)
	}
	eve := q(`SELECT COUNT(*) FROM events WHERE CAST(strftime('%H', at, 'unixepoch') AS INT) BETWEEN 19 AND 21`)
	night := q(`SELECT COUNT(*) FROM events WHERE CAST(strftime('%H', at, 'unixepoch') AS INT) BETWEEN 2 AND 4`)
	if eve < night*10 {
		t.Errorf("evenings %v, nights %v", eve, night)
	}
	// A long tail: the top 10 % of writers make most of the events.
	top := q(`SELECT SUM(n) FROM (SELECT COUNT(*) n FROM events GROUP BY member_id ORDER BY n DESC LIMIT 100)`)
	if top < float64(rep.Events)*0.4 {
		t.Errorf("top 100 writers made %v of %d events", top, rep.Events)
	}
	if got := q(`SELECT COUNT(DISTINCT tier) FROM member_tiers`); got < 3 {
		t.Errorf("%v tiers in use", got)
	}
	if got := q(`SELECT COUNT(*) FROM memberships WHERE status = 'left'`); got == 0 {
		t.Error("nobody left a group")
	}
	if got := q(`SELECT COUNT(*) FROM planner_items WHERE poll_id IS NOT NULL`); got != 1 {
		t.Errorf("%v planned votes link the poll", got)
	}
}

// The dashboard sees the sample: its summaries count the events written
// directly, and the poll and the draw are there.
func TestDashboardSeesTheSample(t *testing.T) {
	ws := open(t)
	if _, err := sample.Create(context.Background(), ws, sample.Options{Members: 800, Months: 2, Seed: 3, Now: now, Lang: "zh-CN"}); err != nil {
		t.Fatal(err)
	}
	from, to := now.AddDate(0, 0, -30), now.AddDate(0, 0, -1)
	d, err := ws.Dashboard.Get(context.Background(), dashboard.Request{From: from, To: to})
	if err != nil {
		t.Fatal(err)
	}
	var events int
	ws.DB.Read().QueryRow(`SELECT COUNT(*) FROM events WHERE at >= ? AND at < ?`, from.Unix(), now.Unix()).Scan(&events)
	if d.Events != events || d.Messages == 0 || d.Members == 0 || len(d.Polls) != 1 || len(d.Draws) != 1 {
		t.Errorf("dashboard: %d events (want %d), %d messages, %d members, %d polls, %d draws",
			d.Events, events, d.Messages, d.Members, len(d.Polls), len(d.Draws))
	}
}

func TestOnlyIntoAnEmptyDatabase(t *testing.T) {
	ws := open(t)
	o := sample.Options{Members: 100, Months: 1, Seed: 1, Now: now, Lang: "en"}
	if _, err := sample.Create(context.Background(), ws, o); err != nil {
		t.Fatal(err)
	}
	if _, err := sample.Create(context.Background(), ws, o); errs.CodeOf(err) != errs.Conflict {
		t.Errorf("second run: got %v, want conflict", err)
	}
	o.Members = 10
	if _, err := sample.Create(context.Background(), open(t), o); errs.CodeOf(err) != errs.Invalid {
		t.Errorf("10 members: got %v, want invalid", err)
	}
}

// BenchmarkSample5000x6 makes the default demo workspace: 5,000 members,
// six months. Target: a few seconds.
func BenchmarkSample5000x6(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		ws := open(b)
		b.StartTimer()
		rep, err := sample.Create(context.Background(), ws, sample.Defaults(now, "zh-CN"))
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(rep.Events), "events")
	}
}
