package members_test

import (
	"context"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
)

func lvl(n int) *int { return &n }

func TestImportDuplicatesAndReimport(t *testing.T) {
	s, g := newService(t)
	ctx := context.Background()
	grp, _ := g.Create(ctx, groups.Input{Name: "g", Platform: "douyin", Purpose: "core", Capacity: 500})
	s.Create(ctx, members.Input{Nickname: "张三", Platform: "douyin", PlatformID: "dy1", FanLevel: 1})
	s.Create(ctx, members.Input{Nickname: "李四", Platform: "douyin"})
	drafts := []members.Draft{
		{Row: 2, Nickname: "张三丰", Platform: "douyin", PlatformID: "dy1", FanLevel: lvl(5)}, // id match: same person renamed
		{Row: 3, Nickname: "李四", Platform: "douyin", PlatformID: "dy2"},                    // an id nobody holds: a new person
		{Row: 4, Nickname: "王五", Platform: "douyin", PlatformID: "dy3", Tags: []string{"新"}},
		{Row: 5, Nickname: "王五", Platform: "douyin", PlatformID: "dy3"}, // same file, same id: one member
	}
	o := members.ImportOptions{FileName: "f.csv", FileHash: "h", GroupID: grp.ID, OnDuplicate: "update"}
	rep, err := s.Import(ctx, drafts, o, nil)
	if err != nil || rep.Added != 2 || rep.Updated != 1 || rep.Skipped != 1 {
		t.Fatalf("first import = %+v, %v", rep, err)
	}
	zs := ids(t, s, members.Query{Filter: members.Filter{Search: "dy1"}})
	if m, _ := s.Get(ctx, zs[0]); m.Nickname != "张三丰" || m.FanLevel != 5 {
		t.Errorf("id match not updated: %+v", m)
	}
	if n, _ := s.Count(ctx, members.Filter{GroupID: grp.ID}); n != 3 {
		t.Errorf("group holds %d, want 3", n)
	}
	again, err := s.Import(ctx, drafts, o, nil)
	if err != nil || again.Added != 0 || again.Updated != 0 || again.Skipped != 4 {
		t.Errorf("re-import = %+v, %v; want nothing changed", again, err)
	}
	if n, _ := s.Count(ctx, members.Filter{}); n != 4 {
		t.Errorf("%d members after re-import, want 4", n)
	}
	keep := members.ImportOptions{OnDuplicate: "keep"}
	// dy2 belongs to the new 李四: an id is one person, so "keep both" leaves it alone.
	if rep, _ := s.Import(ctx, drafts[1:2], keep, nil); rep.Added != 0 || rep.Skipped != 1 || rep.Updated != 0 {
		t.Errorf("keep with an id match = %+v, want skipped", rep)
	}
	if rep, _ := s.Import(ctx, []members.Draft{{Row: 2, Nickname: "李四", Platform: "douyin"}}, keep, nil); rep.Added != 1 {
		t.Errorf("keep both by nickname = %+v", rep)
	}
	hist, _ := s.History(ctx, 10)
	if len(hist) != 4 || hist[len(hist)-1].FileName != "f.csv" || hist[len(hist)-1].Added != 2 {
		t.Errorf("history = %+v", hist)
	}
}

func TestImportInvalidRowsStoreNothingUnlessSkipped(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	drafts := []members.Draft{
		{Row: 2, Nickname: "好", Platform: "qq"},
		{Row: 3, Nickname: "坏", Platform: "qq", FanLevel: lvl(120)},
	}
	pre := []members.Problem{{Row: 4, Field: "fanLevel", Key: "err.member.number"}}
	rep, err := s.Import(ctx, drafts, members.ImportOptions{OnDuplicate: "update", Invalid: pre}, nil)
	if errs.As(err).Key != "err.import.invalid_rows" || len(rep.Invalid) != 2 || rep.Invalid[1].Row != 3 {
		t.Fatalf("import with bad rows = %+v, %v", rep, err)
	}
	if n, _ := s.Count(ctx, members.Filter{}); n != 0 {
		t.Fatalf("%d stored from a refused import", n)
	}
	rep, err = s.Import(ctx, drafts, members.ImportOptions{OnDuplicate: "update", Invalid: pre, SkipInvalid: true}, nil)
	if err != nil || rep.Added != 1 || len(rep.Invalid) != 2 {
		t.Fatalf("skip invalid = %+v, %v", rep, err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Import(cancelled, []members.Draft{{Row: 2, Nickname: "x", Platform: "qq"}}, members.ImportOptions{OnDuplicate: "skip"}, nil); errs.CodeOf(err) != errs.Cancelled {
		t.Errorf("cancelled import = %v", err)
	}
	if n, _ := s.Count(ctx, members.Filter{}); n != 1 {
		t.Errorf("%d members, want 1", n)
	}
}

// Cancelling halfway (here from the progress callback) stores nothing.
func TestImportCancelledHalfwayStoresNothing(t *testing.T) {
	s, _ := newService(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	drafts := fakeDrafts(5000, 3)
	var last int
	_, err := s.Import(ctx, drafts, members.ImportOptions{OnDuplicate: "keep"}, func(done, total int) {
		if last = done; done >= 2000 {
			cancel()
		}
	})
	if errs.CodeOf(err) != errs.Cancelled || last < 2000 || last >= 5000 {
		t.Fatalf("cancelled at %d: %v", last, err)
	}
	if n, _ := s.Count(context.Background(), members.Filter{}); n != 0 {
		t.Fatalf("%d members stored by a cancelled import", n)
	}
}
