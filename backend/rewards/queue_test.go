package rewards

import (
	"slices"
	"testing"

	"qunzhu/backend/invites"
	"qunzhu/backend/members"
)

// queueFixture is a batch inviting 小美, 阿杰, Lily and Tom (tagged 推荐)
// to a group, with Tom already invited by 阿杰 by hand.
func queueFixture(t *testing.T) (*fixture, invites.Batch, map[string]int64) {
	f := newFixture(t)
	g := f.group("粉丝群")
	for _, n := range []string{"小美", "阿杰", "Lily", "Tom"} {
		m, err := f.mem.Create(ctx, members.Input{Nickname: n, Platform: "douyin", PlatformID: "id-" + n, Tags: []string{"推荐"}})
		if err != nil {
			t.Fatal(err)
		}
		f.ids[n] = m.ID
	}
	f.invite("阿杰", "Tom")
	tpl, err := f.inv.SaveTemplate(ctx, 0, invites.TemplateInput{Name: "邀请", Purpose: "core", Variants: []invites.Variant{{Body: "你好 {昵称}"}}})
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := f.inv.CreateBatch(ctx, invites.BatchRequest{RenderRequest: invites.RenderRequest{TemplateID: tpl.ID,
		Selection: invites.Selection{GroupID: g, Filter: &members.Filter{Tags: []string{"推荐"}}}, Lang: "zh-CN"}})
	if err != nil {
		t.Fatal(err)
	}
	q, err := f.inv.Queue(ctx, b.ID, "zh-CN")
	if err != nil || len(q) != 4 {
		t.Fatalf("queue: %d drafts, %v", len(q), err)
	}
	drafts := map[string]int64{}
	for _, d := range q {
		drafts[d.Nickname] = d.ID
	}
	return f, b, drafts
}

func (f *fixture) setState(draft int64, state string) {
	f.t.Helper()
	if _, err := f.inv.SetState(ctx, draft, state, "zh-CN"); err != nil {
		f.t.Fatal(err)
	}
}

// The inviter of a queue's invitee is the member the batch was sent for:
// drafts marked joined (by hand or by the join matching) link their
// member to the batch's referrer; leaving joined unlinks; a hand link is
// never replaced; the referrer's own draft and cycles are skipped.
func TestInviterThroughTheQueue(t *testing.T) {
	f, b, drafts := queueFixture(t)
	f.setState(drafts["阿杰"], invites.StateJoined) // joined before the referrer is known
	rep, err := f.svc.SetReferrer(ctx, b.ID, f.ids["小美"])
	if err != nil || rep.Linked != 1 || len(rep.Skipped) != 0 {
		t.Fatalf("set referrer: %+v %v", rep, err)
	}
	if _, err := f.inv.MatchJoins(ctx, b.ID, "Lily\n小美\nid-Tom"); err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{"阿杰": {"小美", SourceQueue}, "Lily": {"小美", SourceQueue}, "小美": {"", ""}, "Tom": {"阿杰", SourceHand}}
	for n, w := range want {
		if got, src := f.inviterOf(n); got != w[0] || src != w[1] {
			t.Errorf("%s: inviter %q (%s), want %q (%s)", n, got, src, w[0], w[1])
		}
	}
	f.setState(drafts["Lily"], invites.StateSent) // marked joined by mistake
	if got, _ := f.inviterOf("Lily"); got != "" {
		t.Errorf("Lily still linked to %q after leaving joined", got)
	}
	c := f.campaign("五月", "2026-05-01", "2026-05-31", 0, Step{1, "贴纸"})
	if got := f.standing(c); !slices.Equal(got, []string{"小美:1:1", "阿杰:1:1"}) {
		t.Errorf("standing = %v", got)
	}
	// Sent for Tom instead: 阿杰 invited Tom, so Tom inviting 阿杰 is a cycle;
	// Tom has an inviter already (and would be his own).
	rep, err = f.svc.SetReferrer(ctx, b.ID, f.ids["Tom"])
	if err != nil || rep.Linked != 1 || len(rep.Skipped) != 2 {
		t.Fatalf("new referrer: %+v %v", rep, err)
	}
	skipped := map[string]string{}
	for _, s := range rep.Skipped {
		skipped[s.Nickname] = s.Key
	}
	if skipped["阿杰"] != "err.rewards.cycle" || skipped["Tom"] != "ui.engagement.rewards.skip_has_inviter" {
		t.Errorf("skipped = %v", skipped)
	}
	if got, _ := f.inviterOf("小美"); got != "Tom" {
		t.Errorf("小美's inviter %q, want Tom", got)
	}
	refs, err := f.svc.Referrals(ctx)
	if err != nil || len(refs) != 1 || refs[0].Inviter != "Tom" || refs[0].Joined != 3 || refs[0].Linked != 1 {
		t.Errorf("referrals = %+v %v", refs, err)
	}
	if _, err := f.svc.SetReferrer(ctx, b.ID, 0); err != nil {
		t.Fatal(err)
	}
	if got, _ := f.inviterOf("小美"); got != "" {
		t.Errorf("小美 still linked to %q after the referrer was cleared", got)
	}
	if got, _ := f.inviterOf("Tom"); got != "阿杰" {
		t.Errorf("hand link lost: Tom's inviter %q", got)
	}
}

// A batch sent to no group makes no membership: its joined drafts count
// from the day they were marked joined, in campaigns over any group only.
func TestQueueBatchWithoutGroupCountsFromTheDayMarkedJoined(t *testing.T) {
	f := newFixture(t)
	g := f.group("粉丝群")
	for _, n := range []string{"小美", "阿杰"} {
		m, err := f.mem.Create(ctx, members.Input{Nickname: n, Platform: "douyin", PlatformID: "id-" + n, Tags: []string{n}})
		if err != nil {
			t.Fatal(err)
		}
		f.ids[n] = m.ID
	}
	tpl, _ := f.inv.SaveTemplate(ctx, 0, invites.TemplateInput{Name: "邀请", Purpose: "core", Variants: []invites.Variant{{Body: "你好"}}})
	b, _, err := f.inv.CreateBatch(ctx, invites.BatchRequest{RenderRequest: invites.RenderRequest{TemplateID: tpl.ID,
		Selection: invites.Selection{Filter: &members.Filter{Tags: []string{"阿杰"}}}, Lang: "zh-CN"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.SetReferrer(ctx, b.ID, f.ids["小美"]); err != nil {
		t.Fatal(err)
	}
	if _, err := f.inv.MatchJoins(ctx, b.ID, "阿杰"); err != nil { // on 2026-05-10, the fixture's clock
		t.Fatal(err)
	}
	anyGroup := f.campaign("任意群", "2026-05-10", "2026-05-10", 0, Step{1, "贴纸"})
	oneGroup := f.campaign("粉丝群", "2026-05-01", "2026-05-31", g, Step{1, "贴纸"})
	before := f.campaign("之前", "2026-05-01", "2026-05-09", 0, Step{1, "贴纸"})
	for _, c := range []struct {
		c    Campaign
		want []string
	}{{anyGroup, []string{"小美:1:1"}}, {oneGroup, []string{}}, {before, []string{}}} {
		if got := f.standing(c.c); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.c.Name, got, c.want)
		}
	}
}
