package members_test

import (
	"context"
	"testing"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
)

func ids(t *testing.T, s *members.Service, q members.Query) []int64 {
	t.Helper()
	rows, err := s.List(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	out := []int64{}
	for _, r := range rows {
		out = append(out, r.ID)
	}
	return out
}

func TestBulkTagsAndUndo(t *testing.T) {
	s, _ := newService(t)
	seed(t, s)
	ctx := context.Background()
	all := ids(t, s, members.Query{})
	res, err := s.Bulk(ctx, members.BulkRequest{Selection: members.Selection{IDs: all[:2]}, Action: members.ActionAddTags, Tags: []string{"铁粉", "新标签"}})
	if err != nil || res.Affected != 2 {
		t.Fatalf("Bulk = %+v, %v", res, err)
	}
	tagged := func(tag string) int {
		n, _ := s.Count(ctx, members.Filter{Tags: []string{tag}})
		return n
	}
	if tagged("新标签") != 2 || tagged("铁粉") != 3 {
		t.Fatalf("after add: 新标签 %d, 铁粉 %d", tagged("新标签"), tagged("铁粉"))
	}
	if n, err := s.Undo(ctx, res.UndoID); err != nil || n != 2 {
		t.Fatalf("Undo = %d, %v", n, err)
	}
	if tagged("新标签") != 0 || tagged("铁粉") != 2 {
		t.Errorf("after undo: 新标签 %d, 铁粉 %d (the two who had 铁粉 before keep it)", tagged("新标签"), tagged("铁粉"))
	}
	if _, err := s.Undo(ctx, res.UndoID); errs.CodeOf(err) != errs.Conflict {
		t.Errorf("second undo = %v, want conflict", err)
	}
}

func TestBulkOnFilteredResultGroupsAndRoles(t *testing.T) {
	s, g := newService(t)
	seed(t, s)
	ctx := context.Background()
	grp, _ := g.Create(ctx, groups.Input{Name: "铁粉群", Platform: "douyin", Purpose: "core", Capacity: 2})
	f := members.Filter{Tags: []string{"铁粉"}}
	res, err := s.Bulk(ctx, members.BulkRequest{Selection: members.Selection{Filter: &f}, Action: members.ActionAddToGroup, GroupID: grp.ID, Role: "member"})
	if err != nil || res.Affected != 2 {
		t.Fatalf("add to group = %+v, %v", res, err)
	}
	if got, _ := g.Get(ctx, grp.ID); got.Members != 2 || !got.Full() {
		t.Errorf("group now has %d members, full=%v", got.Members, got.Full())
	}
	inGroup := members.Filter{GroupID: grp.ID}
	role, err := s.Bulk(ctx, members.BulkRequest{Selection: members.Selection{Filter: &inGroup}, Action: members.ActionSetRole, GroupID: grp.ID, Role: "admin"})
	if err != nil || role.Affected != 2 {
		t.Fatalf("set role = %+v, %v", role, err)
	}
	s.Undo(ctx, role.UndoID)
	m, _ := s.Get(ctx, ids(t, s, members.Query{Filter: inGroup})[0])
	if len(m.Groups) != 1 || m.Groups[0].Role != "member" {
		t.Errorf("after undoing the role: %+v", m.Groups)
	}
	s.Undo(ctx, res.UndoID)
	if n, _ := s.Count(ctx, inGroup); n != 0 {
		t.Errorf("after undoing add-to-group: %d in group", n)
	}
}

func TestTrashRestoreAndPurge(t *testing.T) {
	s, _ := newService(t)
	seed(t, s)
	ctx := context.Background()
	victim := ids(t, s, members.Query{Filter: members.Filter{Search: "zhangsan"}})
	res, err := s.Bulk(ctx, members.BulkRequest{Selection: members.Selection{IDs: victim}, Action: members.ActionTrash})
	if err != nil || res.Affected != 1 {
		t.Fatalf("trash = %+v, %v", res, err)
	}
	if got := ids(t, s, members.Query{Filter: members.Filter{Search: "zhangsan"}}); len(got) != 0 {
		t.Errorf("trashed member still searchable")
	}
	if n, _ := s.Count(ctx, members.Filter{Trash: true}); n != 1 {
		t.Errorf("trash holds %d", n)
	}
	if _, err := s.Bulk(ctx, members.BulkRequest{Selection: members.Selection{IDs: victim}, Action: members.ActionRestore}); err != nil {
		t.Fatal(err)
	}
	m, _ := s.Get(ctx, victim[0])
	if m.DeletedAt != nil || len(m.Tags) != 1 || len(ids(t, s, members.Query{Filter: members.Filter{Search: "zs"}})) != 1 {
		t.Errorf("restored member: %+v", m)
	}
	// Trashed 31 days ago: purged. Trashed today: kept.
	s.Bulk(ctx, members.BulkRequest{Selection: members.Selection{IDs: victim}, Action: members.ActionTrash})
	s.SetClock(func() time.Time { return today.AddDate(0, 0, members.TrashDays+1) })
	if n, err := s.PurgeTrash(ctx); err != nil || n != 1 {
		t.Fatalf("purge = %d, %v", n, err)
	}
	if _, err := s.Get(ctx, victim[0]); errs.CodeOf(err) != errs.NotFound {
		t.Errorf("purged member still there: %v", err)
	}
}
