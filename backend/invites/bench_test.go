package invites

import (
	"fmt"
	"testing"

	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/storetest"
)

// BenchmarkCreateBatch drafts and stores a batch of 5,000 invitations (the
// most one batch takes) for a group, from 6,000 members of whom 1,000 are
// in the group already.
func BenchmarkCreateBatch(b *testing.B) {
	db := storetest.Open(b)
	mem, grp := members.NewService(db), groups.NewService(db)
	svc := NewService(db, mem, grp)
	g, err := grp.Create(ctx, groups.Input{Name: "g", Platform: "douyin", Purpose: "core", Capacity: 200000, JoinCode: "口令"})
	if err != nil {
		b.Fatal(err)
	}
	drafts := make([]members.Draft, 6000)
	for i := range drafts {
		drafts[i] = members.Draft{Row: i + 2, Nickname: fmt.Sprintf("粉丝%d", i), Platform: "douyin", PlatformID: fmt.Sprintf("dy%d", i)}
	}
	if _, err := mem.Import(ctx, drafts, members.ImportOptions{OnDuplicate: members.OnDuplicateUpdate}, nil); err != nil {
		b.Fatal(err)
	}
	rows, _ := mem.List(ctx, members.Query{Limit: 1000})
	for _, r := range rows {
		if _, err := mem.SetMembership(ctx, r.ID, members.Membership{GroupID: g.ID, Role: "member", Status: "joined"}); err != nil {
			b.Fatal(err)
		}
	}
	tpl, err := svc.SaveTemplate(ctx, 0, TemplateInput{Name: "t", Variants: []Variant{
		{Body: "[[嗨|你好|哈喽]] {昵称|朋友}，来「{群名}」玩，口令 {群口令}"}, {Body: "{昵称}，[[想邀请你|诚邀你]]进{群名}"}}})
	if err != nil {
		b.Fatal(err)
	}
	st, _ := svc.Settings(ctx)
	st.RecentDays = 0 // every run drafts the same 5,000
	svc.SaveSettings(ctx, st)
	for b.Loop() {
		bt, _, err := svc.CreateBatch(ctx, BatchRequest{RenderRequest: RenderRequest{TemplateID: tpl.ID,
			Selection: Selection{GroupID: g.ID}, Lang: "zh-CN"}})
		if err != nil || bt.Total != 5000 {
			b.Fatalf("batch %d, %v", bt.Total, err)
		}
		b.StopTimer()
		if err := svc.DeleteBatch(ctx, bt.ID); err != nil { // its members would wait in its queue
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(b.N*5000)/b.Elapsed().Seconds(), "drafts/s")
}
