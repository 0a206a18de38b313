package planner_test

import (
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/planner"
)

func TestPromoteKOC(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	ids := seedMembers(t, f, "话题王", "答疑姐", "潜水员")
	db := f.svc.DB()
	for i, id := range ids {
		_, err := db.Write().Exec(`INSERT INTO member_tiers (member_id, r, f, m, recency, frequency, monetary, tier, tier_since,
			stage, stage_since, role, koc, computed_at) VALUES (?, 5, 5, 1, 1, ?, 0, 'core', '', 'mature', '', 'creator', ?, '')`,
			id, 100-i, map[bool]int{true: 1, false: 0}[i < 2])
		if err != nil {
			t.Fatal(err)
		}
	}
	cands, err := f.svc.Candidates(f.ctx, f.group)
	if err != nil || len(cands) != 2 || cands[0].Nickname != "话题王" || cands[0].GroupID != f.group {
		t.Fatalf("candidates %+v %v", cands, err)
	}
	if none, _ := f.svc.Candidates(f.ctx, f.other); len(none) != 0 {
		t.Errorf("candidates in a group they are not in: %+v", none)
	}
	admin, err := f.svc.Promote(f.ctx, planner.Promotion{MemberID: ids[0], GroupID: f.group, Layer: "admin", Note: "每周都发起话题"})
	if err != nil {
		t.Fatal(err)
	}
	var role string
	db.Read().QueryRow(`SELECT role FROM memberships WHERE member_id = ? AND group_id = ?`, ids[0], f.group).Scan(&role)
	if role != "admin" {
		t.Errorf("membership role %q", role)
	}
	if _, err := f.svc.Promote(f.ctx, planner.Promotion{MemberID: ids[0], Layer: "lead"}); errs.CodeOf(err) != errs.Conflict {
		t.Errorf("promoted twice: %v", err)
	}
	if _, err := f.svc.Promote(f.ctx, planner.Promotion{MemberID: ids[1], Layer: "boss"}); errs.CodeOf(err) != errs.Invalid {
		t.Errorf("unknown layer: %v", err)
	}
	if left, _ := f.svc.Candidates(f.ctx, f.group); len(left) != 1 || left[0].MemberID != ids[1] {
		t.Errorf("candidates after the promotion %+v", left)
	}

	// The lead looks after two members and owns an item from today on.
	lead, err := f.svc.SaveAdmin(f.ctx, 0, planner.AdminInput{Name: "小鱼", Layer: "lead"})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.svc.SetCare(f.ctx, lead, []int64{ids[1], ids[2], ids[2]}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Create(f.ctx, planner.Input{GroupID: f.group, Kind: "live_qa", Title: "答疑", Start: at(t, "2026-12-02T20:00"),
		Minutes: 30, OwnerID: lead}, planner.Recurrence{Freq: planner.Weekly, Count: 2}); err != nil {
		t.Fatal(err)
	}
	team, err := f.svc.Admins(f.ctx)
	if err != nil || len(team) != 2 || team[0].ID != lead || team[0].Members != 2 || team[0].Upcoming != 2 || team[1].ID != admin || team[1].Note != "每周都发起话题" {
		t.Fatalf("team %+v %v", team, err)
	}
	mine, _ := f.svc.List(f.ctx, planner.Range{From: at(t, "2026-12-01T00:00"), To: at(t, "2027-01-01T00:00"), OwnerID: lead})
	if len(mine) != 2 || mine[0].OwnerName != "小鱼" {
		t.Errorf("lead's items %+v", mine)
	}
	if err := f.svc.DeleteAdmin(f.ctx, lead); err != nil {
		t.Fatal(err)
	}
	orphan, _ := f.svc.Get(f.ctx, mine[0].ID)
	if orphan.OwnerID != 0 {
		t.Errorf("item keeps a deleted owner %d", orphan.OwnerID)
	}
	if care, _ := f.svc.Care(f.ctx, lead); len(care) != 0 {
		t.Errorf("care outlives the admin: %v", care)
	}
}
