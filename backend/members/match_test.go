package members_test

import (
	"context"
	"fmt"
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

// The file: two fans named 王伟 with their own ids are two members;
// a 王伟 without an id is ambiguous until the user chooses; 王伟🌸 is
// someone else; a name of invisible marks only is invalid.
func TestImportKeepsNamesakesApart(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	o := members.ImportOptions{OnDuplicate: members.OnDuplicateUpdate, SkipInvalid: true}
	rep, err := s.Import(ctx, []members.Draft{
		{Row: 2, Nickname: "王伟", Platform: "douyin", PlatformID: "dy001"},
		{Row: 3, Nickname: "王伟", Platform: "douyin", PlatformID: "dy002"},
		{Row: 4, Nickname: "王伟🌸", Platform: "douyin"},
		{Row: 5, Nickname: "\u200b\u200e", Platform: "douyin"},
	}, o, nil)
	if err != nil || rep.Added != 3 || rep.Updated != 0 || len(rep.Invalid) != 1 || rep.Invalid[0].Row != 5 {
		t.Fatalf("first import = %+v, %v", rep, err)
	}
	first, _ := s.MatchSender(ctx, "douyin", "dy001", "")
	second, _ := s.MatchSender(ctx, "douyin", "dy002", "")
	if m, _ := s.Get(ctx, first[0]); m.PlatformID != "dy001" || first[0] == second[0] {
		t.Fatalf("dy001 is %+v, dy002 is member %v", m, second)
	}
	noID := []members.Draft{{Row: 7, Nickname: "王伟", Platform: "douyin", Remark: "老粉"}}
	cases := []struct {
		name    string
		choices map[int]int64
		want    string
	}{
		{"no choice: reported, not stored", nil, "added 0 updated 0 ambiguous [{7 王伟 douyin [{1 王伟  dy001} {2 王伟  dy002}]}]"},
		{"a choice outside the candidates is no choice", map[int]int64{7: 3}, "added 0 updated 0 ambiguous [{7 王伟 douyin [{1 王伟  dy001} {2 王伟  dy002}]}]"},
		{"the second 王伟", map[int]int64{7: second[0]}, "added 0 updated 1 ambiguous []"},
		{"a new member", map[int]int64{7: 0}, "added 1 updated 0 ambiguous []"},
	}
	for _, c := range cases {
		o.Choices = c.choices
		rep, err := s.Import(ctx, noID, o, nil)
		if got := fmt.Sprintf("added %d updated %d ambiguous %v", rep.Added, rep.Updated, rep.Ambiguous); err != nil || got != c.want {
			t.Errorf("%s: %s, %v; want %s", c.name, got, err, c.want)
		}
	}
	if m, _ := s.Get(ctx, second[0]); m.Remark != "老粉" || m.PlatformID != "dy002" {
		t.Errorf("the chosen 王伟 = %+v", m)
	}
	if n, _ := s.Count(ctx, members.Filter{}); n != 4 {
		t.Errorf("%d members, want 4", n)
	}
}
