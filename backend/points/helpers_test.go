package points_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/points"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

// now is a Wednesday: this week began on Monday 2026-11-16, this month on
// 2026-11-01. Times are wall times, read in UTC.
var now = time.Date(2026, 11, 18, 12, 0, 0, 0, time.UTC)

// fixture is a real database with members 阿甲 and 阿乙 and groups 一群 and 二群.
type fixture struct {
	t      testing.TB
	ctx    context.Context
	db     *store.DB
	s      *points.Service
	a, b   int64 // members
	g1, g2 int64 // groups
	n      int   // events added, for their keys
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	f := &fixture{t: t, ctx: context.Background(), db: storetest.Open(t)}
	f.s = points.NewService(f.db)
	f.s.InLocation(time.UTC)
	f.s.UseClock(func() time.Time { return now })
	m := members.NewService(f.db)
	if _, err := m.Import(f.ctx, []members.Draft{{Row: 2, Nickname: "阿甲", Platform: "wechat", PlatformID: "wxid_a"},
		{Row: 3, Nickname: "阿乙", Platform: "wechat", PlatformID: "wxid_b"}}, members.ImportOptions{OnDuplicate: "keep"}, nil); err != nil {
		t.Fatal(err)
	}
	f.a, f.b = f.id(`SELECT id FROM members WHERE platform_id = 'wxid_a'`), f.id(`SELECT id FROM members WHERE platform_id = 'wxid_b'`)
	gs := groups.NewService(f.db)
	for _, p := range []struct {
		name string
		id   *int64
	}{{"一群", &f.g1}, {"二群", &f.g2}} {
		g, err := gs.Create(f.ctx, groups.Input{Name: p.name, Platform: "wechat", Purpose: "core", Capacity: 500})
		if err != nil {
			t.Fatal(err)
		}
		*p.id = g.ID
	}
	return f
}

func (f *fixture) id(query string, args ...any) int64 {
	f.t.Helper()
	var id int64
	if err := f.db.Read().QueryRowContext(f.ctx, query, args...).Scan(&id); err != nil {
		f.t.Fatalf("%s: %v", query, err)
	}
	return id
}

func (f *fixture) exec(query string, args ...any) {
	f.t.Helper()
	if _, err := f.db.Write().ExecContext(f.ctx, query, args...); err != nil {
		f.t.Fatalf("%s: %v", query, err)
	}
}

// events stores n events of a kind by member in group (0: none) at a wall time.
func (f *fixture) events(member, group int64, kind, at string, n int, value float64) {
	f.t.Helper()
	ts := wallAt(f.t, at)
	var g any
	if group != 0 {
		g = group
	}
	for range n {
		f.n++
		f.exec(`INSERT INTO events (member_id, group_id, at, kind, value, key) VALUES (?, ?, ?, ?, ?, ?)`,
			member, g, ts, kind, value, f.n)
	}
}

func wallAt(t testing.TB, s string) int64 {
	t.Helper()
	ts, err := time.Parse("2006-01-02 15:04", s)
	if err != nil {
		t.Fatal(err)
	}
	return ts.Unix()
}

// vote records a member's ballot in a new poll of the group at a UTC stamp.
func (f *fixture) vote(member, group int64, stamp string) {
	f.exec(`INSERT INTO polls (question, group_id, status, created_at, updated_at) VALUES ('?', ?, 'open', ?, ?)`, group, stamp, stamp)
	poll := f.id(`SELECT max(id) FROM polls`)
	f.exec(`INSERT INTO poll_votes (poll_id, member_id, voter, voter_key, choices, source, created_at)
		VALUES (?, ?, 'x', ?, '[0]', 'member', ?)`, poll, member, fmt.Sprint(member), stamp)
}

// lottery freezes a lottery of the group listing the members.
func (f *fixture) lottery(group int64, stamp string, entrants ...int64) {
	f.exec(`INSERT INTO lotteries (title, mode, status, entrants, list_sha256, sources, tiers, alternates, group_id, frozen_at)
		VALUES ('抽奖', 'instant', 'frozen', ?, 'x', '[]', '[]', 0, ?, ?)`, len(entrants), group, stamp)
	l := f.id(`SELECT max(id) FROM lotteries`)
	for i, m := range entrants {
		f.exec(`INSERT INTO lottery_entrants (lottery_id, position, name, member_id) VALUES (?, ?, 'x', ?)`, l, i+1, m)
	}
}

// invited marks an invitation to member for group as accepted at stamp.
func (f *fixture) invited(member, group int64, state, stamp string) {
	f.exec(`INSERT INTO invite_batches (group_id, name, created_at) VALUES (?, 'b', ?)`, group, stamp)
	b := f.id(`SELECT max(id) FROM invite_batches`)
	f.exec(`INSERT INTO invite_drafts (batch_id, member_id, variant, position, text, state, state_at, created_at)
		VALUES (?, ?, 'A', 1, 't', ?, ?, ?)`, b, member, state, stamp, stamp)
}

func (f *fixture) violation(member, group int64, stamp string) {
	f.exec(`INSERT INTO planner_violations (group_id, member_id, rule, step, action, at) VALUES (?, ?, '广告', 0, 'warn', ?)`,
		group, member, stamp)
}

// totals recomputes and reads a member's stored totals in a scope.
func (f *fixture) totals(member, scope int64) [3]int64 {
	f.t.Helper()
	if _, err := f.s.Recompute(f.ctx, now, nil); err != nil {
		f.t.Fatal(err)
	}
	return f.stored(member, scope)
}

func (f *fixture) stored(member, scope int64) [3]int64 {
	f.t.Helper()
	var out [3]int64
	err := f.db.Read().QueryRowContext(f.ctx, `SELECT total, month, week FROM points_totals WHERE scope = ? AND member_id = ?`,
		scope, member).Scan(&out[0], &out[1], &out[2])
	if err != nil {
		return [3]int64{}
	}
	return out
}
