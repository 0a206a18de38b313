package members_test

import (
	"context"
	"testing"

	"qunzhu/backend/groups"
	"qunzhu/backend/members"
)

func TestDuplicatesMergeAndUndo(t *testing.T) {
	s, g := newService(t)
	ctx := context.Background()
	grp, _ := g.Create(ctx, groups.Input{Name: "g", Platform: "douyin", Purpose: "core", Capacity: 500})
	a, _ := s.Create(ctx, members.Input{Nickname: "✨小明✨", Platform: "douyin", PlatformID: "dy777", FanLevel: 3, Tags: []string{"老粉"}, Notes: "a"})
	b, _ := s.Create(ctx, members.Input{Nickname: "小明", Platform: "douyin", FanLevel: 9, IronFan: true, FollowSince: date(2024, 1, 1), Tags: []string{"铁粉"}, Notes: "b"})
	c, _ := s.Create(ctx, members.Input{Nickname: "ＸＩＡＯＭＩＮＧ", Platform: "qq", PlatformID: "dy777"})
	s.SetMembership(ctx, b.ID, members.Membership{GroupID: grp.ID, Role: "admin", Status: "joined"})
	s.Create(ctx, members.Input{Nickname: "someone else", Platform: "qq"})

	pairs, err := s.Duplicates(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	reasons := map[[2]int64][]string{}
	for _, p := range pairs {
		for _, r := range p.Reasons {
			reasons[[2]int64{p.A.ID, p.B.ID}] = append(reasons[[2]int64{p.A.ID, p.B.ID}], r.Key)
		}
	}
	if got := reasons[[2]int64{a.ID, b.ID}]; len(got) != 1 || got[0] != "ui.merge.reason.only_decoration" {
		t.Errorf("a/b reasons = %v", got)
	}
	if got := reasons[[2]int64{a.ID, c.ID}]; len(got) != 2 || got[0] != "ui.merge.reason.same_id" || got[1] != "ui.merge.reason.same_pinyin" {
		t.Errorf("a/c reasons = %v", got)
	}
	if got := reasons[[2]int64{b.ID, c.ID}]; len(got) != 1 || got[0] != "ui.merge.reason.same_pinyin" {
		t.Errorf("b/c reasons = %v (小明 on douyin, ＸＩＡＯＭＩＮＧ on qq)", got)
	}
	if len(pairs) != 3 {
		t.Errorf("%d pairs, want 3: %+v", len(pairs), reasons)
	}

	m, undo, err := s.Merge(ctx, a.ID, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if m.FanLevel != 9 || !m.IronFan || m.FollowSince == nil || len(m.Tags) != 2 || len(m.Groups) != 1 ||
		m.Groups[0].Role != "admin" || m.Notes != "a\n\nb" || m.Nickname != "✨小明✨" {
		t.Errorf("merged = %+v", m)
	}
	if _, err := s.Get(ctx, b.ID); err == nil {
		t.Error("the merged-away member still exists")
	}
	if n, err := s.Undo(ctx, undo); err != nil || n != 2 {
		t.Fatalf("undo merge = %d, %v", n, err)
	}
	ra, _ := s.Get(ctx, a.ID)
	rb, err := s.Get(ctx, b.ID)
	if err != nil || ra.FanLevel != 3 || len(ra.Groups) != 0 || len(ra.Tags) != 1 || rb.FanLevel != 9 || len(rb.Groups) != 1 || rb.Tags[0] != "铁粉" {
		t.Errorf("after undo: a=%+v b=%+v err=%v", ra, rb, err)
	}
	if got := ids(t, s, members.Query{Filter: members.Filter{Search: "xiaoming"}}); len(got) != 3 {
		t.Errorf("search after undo finds %d, want 3", len(got))
	}
}

func TestSegments(t *testing.T) {
	s, _ := newService(t)
	seed(t, s)
	ctx := context.Background()
	yes := true
	sg, err := s.SaveSegment(ctx, 0, "铁粉们", members.Filter{IronFan: &yes})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveSegment(ctx, 0, " 铁粉们 ", members.Filter{}); err == nil {
		t.Error("duplicate segment name accepted")
	}
	got, err := s.SegmentByName(ctx, "铁粉们")
	if err != nil || got.ID != sg.ID || got.Filter.IronFan == nil || !*got.Filter.IronFan {
		t.Fatalf("SegmentByName = %+v, %v", got, err)
	}
	// Live: a new iron fan joins the segment without touching it.
	s.Create(ctx, members.Input{Nickname: "新铁粉", Platform: "qq", IronFan: true})
	if n, _ := s.Count(ctx, got.Filter); n != 2 {
		t.Errorf("segment selects %d, want 2", n)
	}
	if err := s.DeleteSegment(ctx, sg.ID); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.Segments(ctx); len(list) != 0 {
		t.Errorf("segments after delete: %+v", list)
	}
}
