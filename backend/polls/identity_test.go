package polls_test

import (
	"reflect"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/polls"
)

// TestPastedVotersAreExactNames: a pasted name is a voter by its exact
// name; it is credited to a member only when one member of the group has
// it; marks are removed and a name of marks only is not a voter.
func TestPastedVotersAreExactNames(t *testing.T) {
	f := newFixture(t)
	for _, m := range []struct{ nick, id string }{{"王伟", "wx_1"}, {"王伟", "wx_2"}, {"小美", ""}} {
		mem, err := f.members.Create(f.ctx, members.Input{Nickname: m.nick, Platform: "wechat", PlatformID: m.id})
		if err != nil {
			t.Fatal(err)
		}
		f.ids[m.nick+m.id] = mem.ID
		if _, err := f.members.SetMembership(f.ctx, mem.ID, members.Membership{GroupID: f.group, Role: "member", Status: "joined"}); err != nil {
			t.Fatal(err)
		}
	}
	p := f.poll(t, polls.Input{Question: "选题", Options: []string{"新品试色", "粉丝问答", "幕后花絮"}})
	if _, err := f.polls.SetStatus(f.ctx, p.ID, polls.StatusOpen); err != nil {
		t.Fatal(err)
	}
	pre, err := f.polls.ReadPaste(f.ctx, p.ID, "王伟 A\n小美 B\n小美🌸 C\n\u202a阿花\u202c A\n\u200b\u200f B\n")
	if err != nil {
		t.Fatal(err)
	}
	type got struct {
		member    int64
		namesakes int
	}
	cases := []struct {
		voter string
		want  got
	}{
		{"王伟", got{0, 2}},
		{"小美", got{f.ids["小美"], 0}},
		{"小美🌸", got{0, 0}},
		{"阿花", got{f.ids["阿花"], 0}},
	}
	votes := map[string]got{}
	var in []polls.BallotIn
	for _, v := range pre.Votes {
		votes[v.Name] = got{v.MemberID, len(v.Namesakes)}
		in = append(in, polls.BallotIn{MemberID: v.MemberID, Name: v.Name, Choices: v.Choices, Line: v.Text})
	}
	for _, c := range cases {
		if g, ok := votes[c.voter]; !ok || g != c.want {
			t.Errorf("%s: got %+v (read %v), want %+v", c.voter, g, ok, c.want)
		}
	}
	if len(pre.Votes) != len(cases) {
		t.Errorf("votes %+v, want one for each of %d names", pre.Votes, len(cases))
	}
	if len(pre.Unread) != 1 || pre.Unread[0].Line != 5 || pre.Unread[0].Reason != polls.UnreadInvalidName {
		t.Errorf("unread %+v, want line 5 as %s", pre.Unread, polls.UnreadInvalidName)
	}
	res, err := f.polls.Cast(f.ctx, p.ID, polls.SourceChat, in)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(res.Counts, []int{2, 1, 1}) || res.Voters != 4 {
		t.Errorf("results %+v: 小美 and 小美🌸 are two voters", res)
	}
	// A later paste by 小美🌸 (marks aside) replaces hers, not 小美's.
	res, err = f.polls.Cast(f.ctx, p.ID, polls.SourceChat, []polls.BallotIn{{Name: "\u200e小美🌸", Choices: []int{0}}})
	if err != nil || !reflect.DeepEqual(res.Counts, []int{3, 1, 0}) || res.Voters != 4 {
		t.Errorf("after 小美🌸 votes again: %+v %v", res.Counts, err)
	}
	if _, err := f.polls.Cast(f.ctx, p.ID, polls.SourceChat, []polls.BallotIn{{Name: "\u200b\u202e", Choices: []int{0}}}); errs.CodeOf(err) != errs.Invalid {
		t.Errorf("a voter named by marks only: %v, want invalid", err)
	}
}

// TestReadChatKeepsDecoratedNamesApart: within one paste 小美 and 小美🌸
// are two people, and marks around a name do not make a third.
func TestReadChatKeepsDecoratedNamesApart(t *testing.T) {
	r := polls.ReadChat("小美 A\n小美🌸 B\n\u2067小美\u2069 B\nTom A\ntom B\n", []string{"x", "y"}, polls.Rules{})
	var names []string
	for _, v := range r.Votes {
		names = append(names, v.Name)
	}
	if want := []string{"小美🌸", "小美", "Tom", "tom"}; !reflect.DeepEqual(names, want) || len(r.Superseded) != 1 {
		t.Errorf("voters %q (superseded %d), want %q and one superseded", names, len(r.Superseded), want)
	}
}
