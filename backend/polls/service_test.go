package polls_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/polls"
	"qunzhu/backend/storetest"
)

type fixture struct {
	ctx     context.Context
	polls   *polls.Service
	members *members.Service
	group   int64
	ids     map[string]int64
}

// newFixture: a group of five members (two of them named 小明, one
// outside the group) in a real database.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	db := storetest.Open(t)
	f := &fixture{ctx: context.Background(), polls: polls.NewService(db), members: members.NewService(db), ids: map[string]int64{}}
	g, err := groups.NewService(db).Create(f.ctx, groups.Input{Name: "铁粉群", Platform: "wechat", Purpose: "core", Capacity: 500})
	if err != nil {
		t.Fatal(err)
	}
	f.group = g.ID
	for _, n := range []string{"阿花", "小红", "Tom", "李雷", "王姐"} {
		m, err := f.members.Create(f.ctx, members.Input{Nickname: n, Platform: "wechat"})
		if err != nil {
			t.Fatal(err)
		}
		f.ids[n] = m.ID
		if _, err := f.members.SetMembership(f.ctx, m.ID, members.Membership{GroupID: g.ID, Role: "member", Status: "joined"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.members.Create(f.ctx, members.Input{Nickname: "路人", Platform: "wechat"}); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) poll(t *testing.T, in polls.Input) polls.Poll {
	t.Helper()
	in.GroupID = f.group
	p, err := f.polls.Create(f.ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCreateValidates(t *testing.T) {
	f := newFixture(t)
	cases := []struct {
		name  string
		in    polls.Input
		field string
	}{
		{"no question", polls.Input{Options: []string{"a", "b"}}, "question"},
		{"one option", polls.Input{Question: "q", Options: []string{"a"}}, "options"},
		{"21 options", polls.Input{Question: "q", Options: make21()}, "options"},
		{"same option twice", polls.Input{Question: "q", Options: []string{"猫", "ＣＡＴ", "cat"}}, "options"},
		{"empty option", polls.Input{Question: "q", Options: []string{"a", " "}}, "options"},
		{"max above options", polls.Input{Question: "q", Options: []string{"a", "b"}, Multiple: true, MaxChoices: 3}, "maxChoices"},
	}
	for _, c := range cases {
		_, err := f.polls.Create(f.ctx, c.in)
		if e := errs.As(err); err == nil || e.Code != errs.Invalid || e.Fields[c.field].Key == "" {
			t.Errorf("%s: err = %v, want a problem with %s", c.name, err, c.field)
		}
	}
	p := f.poll(t, polls.Input{Question: " 下周直播聊什么？ ", Options: []string{"护肤", "彩妆", "穿搭"}})
	if p.Question != "下周直播聊什么？" || p.Status != polls.StatusDraft || len(p.Options) != 3 {
		t.Fatalf("created %+v", p)
	}
}

func make21() []string {
	out := make([]string, 21)
	for i := range out {
		out[i] = string(rune('a' + i))
	}
	return out
}

func TestPasteMatchCastAndResults(t *testing.T) {
	f := newFixture(t)
	p := f.poll(t, polls.Input{Question: "选题", Options: []string{"新品试色", "粉丝问答", "幕后花絮"}})
	if _, err := f.polls.SetStatus(f.ctx, p.ID, polls.StatusOpen); err != nil {
		t.Fatal(err)
	}
	pre, err := f.polls.ReadPaste(f.ctx, p.ID, "阿花 A\n小红：选B\n哈哈\n路人 C\n陌生人 2\n阿花 C\n")
	if err != nil {
		t.Fatal(err)
	}
	matched := map[string]int64{}
	var in []polls.BallotIn
	for _, v := range pre.Votes {
		matched[v.Name] = v.MemberID
		in = append(in, polls.BallotIn{MemberID: v.MemberID, Name: v.Name, Choices: v.Choices, Line: v.Text})
	}
	want := map[string]int64{"阿花": f.ids["阿花"], "小红": f.ids["小红"], "路人": matched["路人"], "陌生人": 0}
	if pre.Source != polls.SourceChat || !reflect.DeepEqual(matched, want) || matched["路人"] == 0 || len(pre.Unread) != 1 {
		t.Fatalf("preview %+v", pre)
	}
	res, err := f.polls.Cast(f.ctx, p.ID, polls.SourceChat, in)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(res.Counts, []int{0, 2, 2}) || res.Voters != 4 || res.GroupSize != 5 {
		t.Fatalf("results %+v", res)
	}
	// 阿花 votes again, picked from the member list: her vote is replaced
	res, err = f.polls.Cast(f.ctx, p.ID, polls.SourceMember, []polls.BallotIn{{MemberID: f.ids["阿花"], Choices: []int{0}}})
	if err != nil || !reflect.DeepEqual(res.Counts, []int{1, 2, 1}) || res.Voters != 4 {
		t.Fatalf("after a member vote: %+v %v", res, err)
	}
	// a typed tally adds to the counts
	res, err = f.polls.SetTally(f.ctx, p.ID, []int{3, 0, 1})
	if err != nil || !reflect.DeepEqual(res.Counts, []int{4, 2, 2}) || res.Voters != 8 {
		t.Fatalf("after a tally: %+v %v", res, err)
	}
	res, _ = f.polls.SetTally(f.ctx, p.ID, []int{1, 0, 0})
	if !reflect.DeepEqual(res.Counts, []int{2, 2, 1}) {
		t.Fatalf("a second tally replaces the first: %+v", res.Counts)
	}
	if _, err := f.polls.Cast(f.ctx, p.ID, polls.SourceMember, []polls.BallotIn{{MemberID: f.ids["Tom"], Choices: []int{0, 1}}}); errs.CodeOf(err) != errs.Invalid {
		t.Fatalf("two choices in a single-choice poll: %v", err)
	}
	if _, err := f.polls.Voters(f.ctx, p.ID); errs.CodeOf(err) != errs.Conflict {
		t.Fatalf("voters of an open poll: %v", err)
	}
	f.polls.SetStatus(f.ctx, p.ID, polls.StatusClosed)
	voters, err := f.polls.Voters(f.ctx, p.ID)
	if err != nil || len(voters) != 4 {
		t.Fatalf("voters %+v %v", voters, err)
	}
	if _, err := f.polls.Cast(f.ctx, p.ID, polls.SourceMember, []polls.BallotIn{{MemberID: f.ids["Tom"], Choices: []int{0}}}); errs.CodeOf(err) != errs.Conflict {
		t.Fatalf("a vote in a closed poll: %v", err)
	}
	if _, err := f.polls.SetTally(f.ctx, p.ID, []int{1, 1, 1}); errs.CodeOf(err) != errs.Conflict {
		t.Fatalf("a tally in a closed poll: %v", err)
	}
}

func TestJielongRoundTrip(t *testing.T) {
	f := newFixture(t)
	p := f.poll(t, polls.Input{Question: "周末活动", Options: []string{"爬山", "观影"}, Multiple: true})
	text := polls.JielongText(p, "昵称 A", "")
	filled := text[:len(text)-len("1. \n")] + "1. 阿花 A\n2. Tom a+b\n3. 李雷 选B\n"
	pre, err := f.polls.ReadPaste(f.ctx, p.ID, filled)
	if err != nil || pre.Source != polls.SourceJielong || pre.Title != "周末活动" || len(pre.Votes) != 3 {
		t.Fatalf("preview %+v %v\n%s", pre, err, filled)
	}
	for _, v := range pre.Votes {
		if v.MemberID == 0 {
			t.Errorf("%s not matched", v.Name)
		}
	}
}

func TestHiddenAndAnonymous(t *testing.T) {
	f := newFixture(t)
	p := f.poll(t, polls.Input{Question: "匿名", Options: []string{"是", "否"}, Anonymous: true, HideResults: true})
	f.polls.SetStatus(f.ctx, p.ID, polls.StatusOpen)
	res, err := f.polls.Cast(f.ctx, p.ID, polls.SourceChat, []polls.BallotIn{{Name: "阿花", Choices: []int{0}}, {Name: "阿花", Choices: []int{1}}, {Name: "小红", Choices: []int{1}}})
	if err != nil || !res.Hidden || !reflect.DeepEqual(res.Counts, []int{0, 0}) || res.Voters != 2 {
		t.Fatalf("hidden: %+v %v", res, err)
	}
	f.polls.SetStatus(f.ctx, p.ID, polls.StatusClosed)
	res, _ = f.polls.Results(f.ctx, p.ID)
	if res.Hidden || !reflect.DeepEqual(res.Counts, []int{0, 2}) {
		t.Fatalf("after closing: %+v", res)
	}
	ballots, _ := f.polls.Ballots(f.ctx, p.ID)
	for _, b := range ballots {
		if b.Voter != "" || b.MemberID != 0 {
			t.Fatalf("an anonymous poll kept a name: %+v", b)
		}
	}
	if _, err := f.polls.Voters(f.ctx, p.ID); errs.CodeOf(err) != errs.Conflict {
		t.Fatalf("voters of an anonymous poll: %v", err)
	}
	_ = time.Now
}
