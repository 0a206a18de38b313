package badges_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/badges"
	"qunzhu/backend/badges/sources"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/store"
	"qunzhu/backend/storetest"
)

// fixture is a database with two groups and named members, the badges
// service on a fixed clock.
type fixture struct {
	t       *testing.T
	ctx     context.Context
	db      *store.DB
	svc     *badges.Service
	members *members.Service
	g1, g2  int64
	ids     map[string]int64
	names   map[int64]string
	key     int
}

var now = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC) // a Thursday

func setup(t *testing.T, names ...string) *fixture {
	t.Helper()
	ctx := context.Background()
	db := storetest.Open(t)
	gs := groups.NewService(db)
	a, err := gs.Create(ctx, groups.Input{Name: "铁粉一群", Platform: "douyin", Purpose: "core", Capacity: 500})
	if err != nil {
		t.Fatal(err)
	}
	b, err := gs.Create(ctx, groups.Input{Name: "福利群", Platform: "douyin", Purpose: "welfare", Capacity: 500})
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, ctx: ctx, db: db, svc: badges.NewService(db), members: members.NewService(db), g1: a.ID, g2: b.ID,
		ids: map[string]int64{}, names: map[int64]string{}}
	f.svc.SetClock(func() time.Time { return now })
	f.svc.UseRecords(sources.For(db))
	for i, n := range names {
		m, err := f.members.Create(ctx, members.Input{Nickname: n, Platform: "douyin", PlatformID: fmt.Sprintf("dy%d", i)})
		if err != nil {
			t.Fatal(err)
		}
		f.ids[n], f.names[m.ID] = m.ID, n
	}
	return f
}

// event stores one event at a wall-clock time "2006-01-02 15:04".
func (f *fixture) event(name string, group int64, wall, kind string) {
	f.t.Helper()
	at, err := time.Parse("2006-01-02 15:04", wall)
	if err != nil {
		f.t.Fatal(err)
	}
	f.key++
	if _, err := f.db.Write().Exec(`INSERT INTO events (member_id, group_id, at, kind, key) VALUES (?, ?, ?, ?, ?)`,
		f.ids[name], group, at.Unix(), kind, f.key); err != nil {
		f.t.Fatal(err)
	}
}

// checkinDays stores a check-in at hh:mm on n days in a row from day.
func (f *fixture) checkinDays(name string, group int64, day string, n int, hhmm string) {
	f.t.Helper()
	d, _ := time.Parse("2006-01-02", day)
	for i := range n {
		f.event(name, group, d.AddDate(0, 0, i).Format("2006-01-02")+" "+hhmm, "checkin")
	}
}

func (f *fixture) evaluate() badges.Summary {
	f.t.Helper()
	sum, err := f.svc.Evaluate(f.ctx, func(int, int) {})
	if err != nil {
		f.t.Fatal(err)
	}
	return sum
}

// held lists the stored holdings of a badge as "name/group/day[/source]",
// sorted; groups are g1, g2 or ws.
func (f *fixture) held(badge string, revoked bool) string {
	f.t.Helper()
	hs, err := f.svc.List(f.ctx, badges.Query{Badge: badge, Revoked: revoked})
	if err != nil {
		f.t.Fatal(err)
	}
	var out []string
	for _, h := range hs {
		g := map[int64]string{0: "ws", f.g1: "g1", f.g2: "g2"}[h.GroupID]
		s := h.Nickname + "/" + g + "/" + h.EarnedOn
		if h.Source != "rule" {
			s += "/" + h.Source
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}
