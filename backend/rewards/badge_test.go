package rewards

import (
	"slices"
	"testing"

	"qunzhu/backend/badges"
	"qunzhu/backend/badges/sources"
)

// 邀请达人 is earned on the day the InviteMin-th invitee joined: 小美's
// third of three (2026-05-07), not 阿杰 with two, until the threshold is 2;
// an invitee only invited to the group does not count.
func TestInviterBadgeOnTheDayTheNthJoined(t *testing.T) {
	f := newFixture(t)
	g := f.group("粉丝群")
	f.members("小美", "阿杰", "a1", "a2", "a3", "b1", "b2", "b3")
	joins := []struct{ inviter, invitee, date, status string }{
		{"小美", "a1", "2026-05-03", "joined"}, {"小美", "a2", "2026-05-01", "joined"}, {"小美", "a3", "2026-05-07", "joined"},
		{"阿杰", "b1", "2026-05-02", "joined"}, {"阿杰", "b2", "2026-05-09", "joined"}, {"阿杰", "b3", "2026-05-04", "invited"},
	}
	for _, j := range joins {
		f.membership(j.invitee, g, j.status, j.date)
		f.invite(j.inviter, j.invitee)
	}
	b := badges.NewService(f.svc.db)
	b.UseInvitations(f.svc.InvitedNth)
	b.UseRecords(sources.For(f.svc.db))
	holders := func() []string {
		t.Helper()
		if _, err := b.Evaluate(ctx, func(int, int) {}); err != nil {
			t.Fatal(err)
		}
		list, err := b.List(ctx, badges.Query{Badge: badges.Inviter})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range list {
			out = append(out, h.Nickname+"@"+h.EarnedOn)
		}
		slices.Sort(out)
		return out
	}
	if got, want := holders(), []string{"小美@2026-05-07"}; !slices.Equal(got, want) {
		t.Errorf("threshold 3: holders %v, want %v", got, want)
	}
	set := badges.DefaultSettings()
	set.InviteMin = 2
	if _, err := b.SaveSettings(ctx, set); err != nil {
		t.Fatal(err)
	}
	if got, want := holders(), []string{"小美@2026-05-03", "阿杰@2026-05-09"}; !slices.Equal(got, want) {
		t.Errorf("threshold 2: holders %v, want %v", got, want)
	}
}
