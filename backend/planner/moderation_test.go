package planner_test

import (
	"strings"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/planner"
)

// seedMembers imports members into the fixture's first group and returns their ids.
func seedMembers(t *testing.T, f fixture, names ...string) []int64 {
	t.Helper()
	db := f.svc.DB()
	m := members.NewService(db)
	drafts := make([]members.Draft, len(names))
	for i, n := range names {
		drafts[i] = members.Draft{Row: i + 2, Nickname: n, Platform: "douyin", PlatformID: "dy" + string(rune('a'+i))}
	}
	if _, err := m.Import(f.ctx, drafts, members.ImportOptions{GroupID: f.group, OnDuplicate: members.OnDuplicateKeep}, nil); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Read().Query(`SELECT id FROM members ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	return ids
}

func TestLadderProgression(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	ids := seedMembers(t, f, "刷屏哥", "路人")
	want := []struct {
		action  string
		minutes int
		message string
	}{
		{"warning", 0, "@刷屏哥 Friendly reminder: the group rule is \"No ads\""},
		{"mute", 60, "@刷屏哥 muted for 1 hour"},
		{"talk", 0, "I'll message you privately"},
		{"removal", 0, "@刷屏哥 has been removed"},
		{"removal", 0, "@刷屏哥 has been removed"}, // stays on the last rung
	}
	for i, w := range want {
		p, err := f.svc.Propose(f.ctx, f.group, ids[0], "No ads", "en")
		if err != nil || p.Step != min(i, 3) || p.Action != w.action || p.Before != i {
			t.Fatalf("violation %d: proposed %+v, %v", i+1, p, err)
		}
		v, got, err := f.svc.LogViolation(f.ctx, planner.ViolationInput{GroupID: f.group, MemberID: ids[0], Rule: "No ads",
			What: "贴了代购链接", Step: -1}, "en")
		if err != nil {
			t.Fatal(err)
		}
		if v.Action != w.action || v.Minutes != w.minutes || v.Nickname != "刷屏哥" || !strings.Contains(got.Message, w.message) {
			t.Errorf("violation %d: %+v, message %q, want %s %d %q", i+1, v, got.Message, w.action, w.minutes, w.message)
		}
	}
	other, _ := f.svc.Propose(f.ctx, f.group, ids[1], "No spam", "en")
	if other.Step != 0 || other.Before != 0 {
		t.Errorf("another member starts at the first rung: %+v", other)
	}
	log, _ := f.svc.Violations(f.ctx, f.group, ids[0])
	if len(log) != 5 || log[0].Step != 3 || log[4].Step != 0 {
		t.Errorf("log newest first: %+v", log)
	}
}

func TestEditedLadderAndChosenStep(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	ids := seedMembers(t, f, "阿杰")
	if err := f.svc.SaveLadder(f.ctx, f.group, []planner.Step{{Action: "mute", Minutes: 10}, {Action: "mute", Minutes: 1440}, {Action: "removal"}}); err != nil {
		t.Fatal(err)
	}
	v, p, err := f.svc.LogViolation(f.ctx, planner.ViolationInput{GroupID: f.group, MemberID: ids[0], Rule: "不刷屏", Step: -1}, "zh-CN")
	if err != nil || v.Action != "mute" || v.Minutes != 10 || !strings.Contains(p.Message, "10 分钟") {
		t.Fatalf("first: %+v %q %v", v, p.Message, err)
	}
	v, _, err = f.svc.LogViolation(f.ctx, planner.ViolationInput{GroupID: f.group, MemberID: ids[0], Rule: "不刷屏", Step: 2}, "zh-CN")
	if err != nil || v.Action != "removal" || v.Step != 2 {
		t.Fatalf("chosen step: %+v %v", v, err)
	}
	if ladder, _ := f.svc.Ladder(f.ctx, f.other); len(ladder) != 4 || ladder[1] != (planner.Step{Action: "mute", Minutes: 60}) {
		t.Errorf("another group keeps the default ladder: %+v", ladder)
	}
	bad := []struct {
		name  string
		steps []planner.Step
	}{
		{"empty", nil},
		{"unknown action", []planner.Step{{Action: "ban"}}},
		{"mute without length", []planner.Step{{Action: "warning"}, {Action: "mute"}}},
	}
	for _, c := range bad {
		if err := f.svc.SaveLadder(f.ctx, f.group, c.steps); errs.CodeOf(err) != errs.Invalid {
			t.Errorf("%s: got %v, want invalid", c.name, err)
		}
	}
	if _, _, err := f.svc.LogViolation(f.ctx, planner.ViolationInput{GroupID: f.group, MemberID: ids[0], Rule: "x", Step: 5}, "en"); errs.CodeOf(err) != errs.Invalid {
		t.Errorf("step past the ladder: %v", err)
	}
}

func TestRules(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	got, err := f.svc.Rules(f.ctx, f.group, "zh-CN")
	if err != nil || strings.Join(got, "|") != "不发广告|不刷屏|不人身攻击|不讨论敏感话题" {
		t.Fatalf("starter rules %q %v", got, err)
	}
	saved, err := f.svc.SaveRules(f.ctx, f.group, []string{" 不发广告 ", "", "不发外链"})
	if err != nil || strings.Join(saved, "|") != "不发广告|不发外链" {
		t.Fatalf("saved %q %v", saved, err)
	}
	got, _ = f.svc.Rules(f.ctx, f.group, "en")
	if strings.Join(got, "|") != "不发广告|不发外链" {
		t.Errorf("stored rules %q", got)
	}
	_, err = f.svc.SaveRules(f.ctx, f.group, []string{"ok", strings.Repeat("长", planner.MaxRuleText+1)})
	if e := errs.As(err); e.Code != errs.Invalid || e.Fields["rules"].Params["Row"] != 2 {
		t.Errorf("too long rule: %v", err)
	}
}
