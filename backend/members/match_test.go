package members_test

import (
	"context"
	"slices"
	"testing"

	"qunzhu/backend/members"
)

// TestMatchIsTheIdentityRule: an id is a person (never matched by name); no
// id matches the exact display name only, every candidate listed.
func TestMatchIsTheIdentityRule(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	add := func(nick, pid string) int64 {
		m, err := s.Create(ctx, members.Input{Nickname: nick, Platform: "douyin", PlatformID: pid})
		if err != nil {
			t.Fatal(err)
		}
		return m.ID
	}
	wang1, wang2, flower := add("王伟", "dy001"), add("王伟", "dy002"), add("王伟🌸", "")
	li := add("李\u200b娜", "") // stored as 李娜
	cases := []struct {
		name, pid, nick string
		want            []int64
	}{
		{"id holder", "dy001", "别的名字", []int64{wang1}},
		{"unknown id: not anyone with another id", "dy003", "王伟", nil},
		{"unknown id: a record known by name only may be them", "dy004", "王伟🌸", []int64{flower}},
		{"no id, two with the name: both", "", "王伟", []int64{wang1, wang2}},
		{"emoji is part of the name", "", "王伟🌸", []int64{flower}},
		{"no folding of emoji away", "", "王伟🌹", nil},
		{"invisible marks do not count", "", "\ufeff李娜\u200e", []int64{li}},
		{"no case or width folding", "", "王伟 ", []int64{wang1, wang2}},
		{"empty name matches nobody", "", "\u200b", nil},
	}
	for _, c := range cases {
		got, err := s.MatchSender(ctx, "douyin", c.pid, c.nick)
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("%s: MatchSender(%q, %q) = %v, %v; want %v", c.name, c.pid, c.nick, got, err, c.want)
		}
		var inTx []int64
		s.Session(ctx, func(x *members.Session) (err error) { inTx, err = x.Match("douyin", c.pid, c.nick); return })
		if !slices.Equal(inTx, c.want) {
			t.Errorf("%s: Session.Match = %v; want %v", c.name, inTx, c.want)
		}
	}
	if got, _ := s.MatchSender(ctx, "qq", "", "王伟"); got != nil {
		t.Errorf("another platform's 王伟 matched: %v", got)
	}
}
