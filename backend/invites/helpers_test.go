package invites

import (
	"context"
	"testing"
	"time"

	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/storetest"
)

var ctx = context.Background()

// fixture is a real database with a group and members.
type fixture struct {
	t   *testing.T
	svc *Service
	mem *members.Service
	grp *groups.Service
	now time.Time
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	db := storetest.Open(t)
	f := &fixture{t: t, mem: members.NewService(db), grp: groups.NewService(db),
		now: time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)}
	f.svc = NewService(db, f.mem, f.grp)
	f.svc.SetClock(func() time.Time { return f.now })
	f.mem.SetClock(func() time.Time { return f.now })
	return f
}

func (f *fixture) group(name string, capacity, minDays, minLevel int, iron bool) groups.Group {
	f.t.Helper()
	g, err := f.grp.Create(ctx, groups.Input{Name: name, Platform: "douyin", Purpose: "core", Capacity: capacity,
		MinDaysFollowed: minDays, MinFanLevel: minLevel, IronFansOnly: iron, JoinCode: "芝麻开门"})
	if err != nil {
		f.t.Fatal(err)
	}
	return g
}

// member adds a member followed for days days.
func (f *fixture) member(nick, pid string, days, level int, iron bool, source string) members.Member {
	f.t.Helper()
	since := members.SinceDays(days, f.now)
	m, err := f.mem.Create(ctx, members.Input{Nickname: nick, Platform: "douyin", PlatformID: pid, FollowSince: &since,
		FanLevel: level, IronFan: iron, Source: source})
	if err != nil {
		f.t.Fatal(err)
	}
	return m
}

func (f *fixture) join(m members.Member, g groups.Group) {
	f.t.Helper()
	if _, err := f.mem.SetMembership(ctx, m.ID, members.Membership{GroupID: g.ID, Role: "member", Status: "joined"}); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) template(name string, bodies ...string) Template {
	f.t.Helper()
	in := TemplateInput{Name: name, Purpose: "core"}
	for _, b := range bodies {
		in.Variants = append(in.Variants, Variant{Body: b})
	}
	tpl, err := f.svc.SaveTemplate(ctx, 0, in)
	if err != nil {
		f.t.Fatal(err)
	}
	return tpl
}
