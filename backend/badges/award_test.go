package badges_test

import (
	"context"
	"testing"

	"qunzhu/backend/badges"
	"qunzhu/backend/errs"
	"qunzhu/backend/members"
)

// A creator awards a badge by hand and takes one back, each with a reason;
// an evaluation keeps both; the member list filters and shows them.
func TestAwardAndTakeBack(t *testing.T) {
	f := setup(t, "七天", "热心")
	f.checkinDays("七天", f.g1, "2026-11-01", 7, "08:00")
	f.evaluate()
	award := badges.Change{MemberID: f.ids["热心"], GroupID: f.g1, Badge: badges.Praised, Reason: " 帮新人解答问题 "}
	bad := []struct {
		name string
		c    badges.Change
		code string
	}{
		{"no reason", badges.Change{MemberID: f.ids["热心"], GroupID: f.g1, Badge: badges.Praised, Reason: "  "}, errs.Invalid},
		{"no such badge", badges.Change{MemberID: f.ids["热心"], GroupID: f.g1, Badge: "vip", Reason: "x"}, errs.Invalid},
		{"no such member", badges.Change{MemberID: 999, GroupID: f.g1, Badge: badges.Praised, Reason: "x"}, errs.NotFound},
		{"held by rule", badges.Change{MemberID: f.ids["七天"], GroupID: f.g1, Badge: badges.Streak, Reason: "x"}, errs.Conflict},
	}
	for _, c := range bad {
		if err := f.svc.Award(f.ctx, c.c); errs.CodeOf(err) != c.code {
			t.Errorf("%s: got %v, want %s", c.name, err, c.code)
		}
	}
	if err := f.svc.Award(f.ctx, award); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.Award(f.ctx, award); errs.CodeOf(err) != errs.Conflict {
		t.Errorf("award twice: %v", err)
	}
	takeStreak := badges.Change{MemberID: f.ids["七天"], GroupID: f.g1, Badge: badges.Streak, Reason: "打卡是代打的"}
	if err := f.svc.TakeBack(f.ctx, takeStreak); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.TakeBack(f.ctx, takeStreak); errs.CodeOf(err) != errs.NotFound {
		t.Errorf("take back twice: %v", err)
	}
	f.evaluate() // keeps the hand award, does not give the streak again
	if got, want := f.held(badges.Praised, false), "热心/g1/2026-11-26/hand"; got != want {
		t.Errorf("praised: got %s, want %s", got, want)
	}
	if got, want := f.held(badges.Streak, false), ""; got != want {
		t.Errorf("streak after take back: got %s, want %s", got, want)
	}
	hs, _ := f.svc.List(f.ctx, badges.Query{Badge: badges.Streak, Revoked: true})
	if len(hs) != 1 || hs[0].Reason != "打卡是代打的" || hs[0].Source != "revoked" {
		t.Errorf("taken back: %+v", hs)
	}
	checkMemberList(t, f, []string{badges.Praised}, "热心")
	checkMemberList(t, f, []string{badges.Streak}, "")

	// Awarded again by hand, the taken-back badge is back, as a hand award.
	takeStreak.Reason = "查清楚了，是本人"
	if err := f.svc.Award(f.ctx, takeStreak); err != nil {
		t.Fatal(err)
	}
	f.evaluate()
	if got, want := f.held(badges.Streak, false), "七天/g1/2026-11-26/hand"; got != want {
		t.Errorf("streak awarded again: got %s, want %s", got, want)
	}
	checkMemberList(t, f, []string{badges.Streak, badges.Praised}, "七天 热心")
	of, err := f.svc.Of(f.ctx, []int64{f.ids["七天"], f.ids["热心"]})
	if err != nil || len(of[f.ids["七天"]]) != 2 || of[f.ids["热心"]][0] != badges.Praised {
		t.Errorf("of: %v %v", of, err) // 七天 also spoke: first_message and streak
	}
}

func checkMemberList(t *testing.T, f *fixture, bs []string, want string) {
	t.Helper()
	rows, err := f.members.List(f.ctx, members.Query{Filter: members.Filter{Badges: bs}, Sort: "nickname"})
	if err != nil {
		t.Fatal(err)
	}
	got := ""
	for i, r := range rows {
		if i > 0 {
			got += " "
		}
		got += r.Nickname
	}
	if got != want {
		t.Errorf("members with %v: got %q, want %q", bs, got, want)
	}
	if err := (members.Filter{Badges: []string{"vip"}}).Validate(); errs.CodeOf(err) != errs.Invalid {
		t.Errorf("unknown badge filter: %v", err)
	}
}

// A cancelled evaluation stores nothing.
func TestEvaluateCancelled(t *testing.T) {
	f := setup(t, "七天")
	f.checkinDays("七天", f.g1, "2026-11-01", 7, "08:00")
	ctx, cancel := context.WithCancel(f.ctx)
	cancel()
	if _, err := f.svc.Evaluate(ctx, func(int, int) {}); errs.CodeOf(err) != errs.Cancelled {
		t.Errorf("cancelled: %v", err)
	}
	if got := f.held(badges.Streak, false); got != "" {
		t.Errorf("a cancelled evaluation stored %s", got)
	}
	sum := f.evaluate()
	if sum.Members != 1 || sum.Badges[badges.Streak] != 1 || sum.Badges[badges.FirstMessage] != 1 {
		t.Errorf("summary %+v", sum)
	}
}

// The week starts on Monday; the congratulation names each new holder once
// per badge, in the badges' order.
func TestCongratulation(t *testing.T) {
	if got := badges.WeekStart(now).Format("2006-01-02"); got != "2026-11-23" {
		t.Errorf("week start %s", got)
	}
	hs := []badges.Holding{
		{Nickname: "小红", Badge: badges.FirstMessage}, {Nickname: "阿明", Badge: badges.Streak},
		{Nickname: "小红", Badge: badges.FirstMessage}, {Nickname: "小蓝", Badge: badges.FirstMessage},
		{Nickname: "收回的", Badge: badges.KOC, Source: "revoked"},
	}
	want := "🎉 本周新徽章\n「连续打卡 7 天」：@阿明\n「首次发言」：@小红，@小蓝\n恭喜大家，继续加油！"
	if got := badges.Congratulation("zh-CN", badges.DefaultSettings(), hs); got != want {
		t.Errorf("congratulation:\n%s\nwant\n%s", got, want)
	}
}
