package cli_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/rewards"
	"qunzhu/backend/workspace"
)

// 小美 invited three who joined in May (step 1 of 3 -> A, 5 -> B), 阿杰
// two in May and one in June (step 0).
func TestInvitesRewards(t *testing.T) {
	db := filepath.Join(t.TempDir(), "q.db")
	ctx := context.Background()
	ws, err := workspace.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	g, err := ws.Groups.Create(ctx, groups.Input{Name: "粉丝群", Platform: "douyin", Purpose: "core", Capacity: 500})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, n := range []string{"小美", "阿杰", "a", "b", "c", "d", "e", "f"} {
		m, err := ws.Members.Create(ctx, members.Input{Nickname: n, Platform: "douyin", PlatformID: "dy-" + n})
		if err != nil {
			t.Fatal(err)
		}
		ids[n] = m.ID
	}
	links := []struct{ inviter, invitee, joined string }{
		{"小美", "a", "2026-05-01"}, {"小美", "b", "2026-05-20"}, {"小美", "c", "2026-05-31"},
		{"阿杰", "d", "2026-05-02"}, {"阿杰", "e", "2026-05-03"}, {"阿杰", "f", "2026-06-01"},
	}
	for _, l := range links {
		d, _ := time.Parse("2006-01-02", l.joined)
		if _, err := ws.Members.SetMembership(ctx, ids[l.invitee], members.Membership{GroupID: g.ID, Role: "member", Status: "joined", JoinedAt: &d}); err != nil {
			t.Fatal(err)
		}
		if err := ws.Rewards.SetInviter(ctx, ids[l.invitee], ids[l.inviter]); err != nil {
			t.Fatal(err)
		}
	}
	_, err = ws.Rewards.SaveCampaign(ctx, 0, rewards.CampaignInput{Name: "五月拉新", From: "2026-05-01", To: "2026-05-31",
		Steps: []rewards.Step{{Invites: 3, Prize: "A"}, {Invites: 5, Prize: "B"}}})
	ws.Close()
	if err != nil {
		t.Fatal(err)
	}
	r := run(t, db, "invites", "rewards", "--campaign", "五月拉新", "--json")
	got := decode[struct {
		Inviters []struct {
			Nickname string
			Invited  int
			Step     int
		}
	}](t, r)
	want := []string{"小美 3 1", "阿杰 2 0"}
	var lines []string
	for _, i := range got.Inviters {
		lines = append(lines, i.Nickname+" "+string(rune('0'+i.Invited))+" "+string(rune('0'+i.Step)))
	}
	if r.code != 0 || !slices.Equal(lines, want) {
		t.Fatalf("exit %d: %v, want %v (%s)", r.code, lines, want, r.stderr)
	}
	if r := run(t, db, "invites", "rewards", "--campaign", "没有"); r.code == 0 || r.stderr == "" {
		t.Errorf("unknown campaign: exit %d %q", r.code, r.stderr)
	}
	if r := run(t, db, "invites", "rewards"); r.code == 0 {
		t.Errorf("no --campaign: exit 0")
	}
}
