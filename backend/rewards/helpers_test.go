package rewards

import (
	"context"
	"strconv"
	"testing"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/invites"
	"qunzhu/backend/memberimport"
	"qunzhu/backend/members"
	"qunzhu/backend/storetest"
)

var ctx = context.Background()

// fixture is a real migrated database with the services rewards works with.
type fixture struct {
	t   *testing.T
	svc *Service
	mem *members.Service
	grp *groups.Service
	inv *invites.Service
	imp *memberimport.Service
	now time.Time
	ids map[string]int64 // nickname -> member id
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	db := storetest.Open(t)
	f := &fixture{t: t, mem: members.NewService(db), grp: groups.NewService(db), ids: map[string]int64{},
		now: time.Date(2026, 5, 10, 12, 0, 0, 0, time.Local)}
	f.inv = invites.NewService(db, f.mem, f.grp)
	f.imp = memberimport.NewService(f.mem)
	f.svc = NewService(db, f.inv, f.imp)
	clock := func() time.Time { return f.now }
	f.svc.SetClock(clock)
	f.inv.SetClock(clock)
	f.mem.SetClock(clock)
	return f
}

func (f *fixture) group(name string) int64 {
	f.t.Helper()
	g, err := f.grp.Create(ctx, groups.Input{Name: name, Platform: "douyin", Purpose: "core", Capacity: 500})
	if err != nil {
		f.t.Fatal(err)
	}
	return g.ID
}

// members adds members by nickname; the platform id is "id-" + nickname.
func (f *fixture) members(nicks ...string) {
	f.t.Helper()
	for _, n := range nicks {
		m, err := f.mem.Create(ctx, members.Input{Nickname: n, Platform: "douyin", PlatformID: "id-" + n, Source: "manual"})
		if err != nil {
			f.t.Fatal(err)
		}
		f.ids[n] = m.ID
	}
}

// joined puts nick in group, joined on date ("" for no date).
func (f *fixture) joined(nick string, group int64, date string) {
	f.t.Helper()
	f.membership(nick, group, "joined", date)
}

func (f *fixture) membership(nick string, group int64, status, date string) {
	f.t.Helper()
	ms := members.Membership{GroupID: group, Role: "member", Status: status}
	if date != "" {
		d, _ := time.Parse(dateLayout, date)
		ms.JoinedAt = &d
	}
	if _, err := f.mem.SetMembership(ctx, f.ids[nick], ms); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) invite(inviter, invitee string) {
	f.t.Helper()
	if err := f.svc.SetInviter(ctx, f.ids[invitee], f.ids[inviter]); err != nil {
		f.t.Fatalf("%s invited %s: %v", inviter, invitee, err)
	}
}

// inviterOf is the nickname of nick's inviter ("" for none) and the source.
func (f *fixture) inviterOf(nick string) (string, string) {
	f.t.Helper()
	l, ok, err := f.svc.Inviter(ctx, f.ids[nick])
	if err != nil {
		f.t.Fatal(err)
	}
	if !ok {
		return "", ""
	}
	return l.Inviter, l.Source
}

func (f *fixture) campaign(name, from, to string, group int64, steps ...Step) Campaign {
	f.t.Helper()
	c, err := f.svc.SaveCampaign(ctx, 0, CampaignInput{Name: name, GroupID: group, From: from, To: to, Steps: steps})
	if err != nil {
		f.t.Fatal(err)
	}
	return c
}

// standing is the campaign's progress as "nickname:invited:step" lines.
func (f *fixture) standing(c Campaign) []string {
	f.t.Helper()
	st, err := f.svc.Progress(ctx, c.ID)
	if err != nil {
		f.t.Fatal(err)
	}
	out := []string{}
	for _, p := range st.Inviters {
		out = append(out, p.Nickname+":"+strconv.Itoa(p.Invited)+":"+strconv.Itoa(p.Step))
	}
	return out
}

func keyOf(err error) string {
	if err == nil {
		return ""
	}
	return errs.As(err).Key
}
