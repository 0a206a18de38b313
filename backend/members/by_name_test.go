package members_test

import (
	"context"
	"slices"
	"testing"

	"qunzhu/backend/groups"
	"qunzhu/backend/members"
	"qunzhu/backend/storetest"
)

// TestFindByName: a pasted name names the one member with exactly that
// name in scope; namesakes are reported, never picked.
func TestFindByName(t *testing.T) {
	ctx := context.Background()
	db := storetest.Open(t)
	s := members.NewService(db)
	g, err := groups.NewService(db).Create(ctx, groups.Input{Name: "铁粉群", Platform: "wechat", Purpose: "core", Capacity: 500})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	add := func(key, nick, platform, pid string, inGroup bool) {
		m, err := s.Create(ctx, members.Input{Nickname: nick, Platform: platform, PlatformID: pid})
		if err != nil {
			t.Fatal(err)
		}
		ids[key] = m.ID
		if inGroup {
			if _, err := s.SetMembership(ctx, m.ID, members.Membership{GroupID: g.ID, Role: "member", Status: "joined"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	add("王伟1", "王伟", "wechat", "wx_1", true)
	add("王伟2", "王伟", "wechat", "wx_2", true)
	add("小美", "小美", "wechat", "", true)
	add("小美🌸", "小美🌸", "wechat", "", true)
	add("Tom", "Tom", "wechat", "", true)
	add("阿花dy", "阿花", "douyin", "", false)
	add("阿花wx", "阿花\u200f", "wechat", "", false) // stored before names were cleaned
	group := members.NameScope{GroupID: g.ID}
	cases := []struct {
		name      string
		scope     members.NameScope
		text      string
		wantName  string
		want      string   // the member matched, "" for none
		namesakes []string // when ambiguous
	}{
		{"two 王伟 with different ids", group, "王伟", "王伟", "", []string{"王伟1", "王伟2"}},
		{"小美 is not 小美🌸", group, "小美", "小美", "小美", nil},
		{"小美🌸 is not 小美", group, "小美🌸", "小美🌸", "小美🌸", nil},
		{"bidi and zero-width marks removed", group, "\u202a小\u200b美\u202c", "小美", "小美", nil},
		{"isolates and BOM removed", group, "\ufeff\u2066Tom\u2069", "Tom", "Tom", nil},
		{"case is part of the name", group, "tom", "tom", "", nil},
		{"decorations are part of the name", group, "✨Tom✨", "✨Tom✨", "", nil},
		{"invisible marks only", group, "\u200b\u200e\u200f\ufeff", "", "", nil},
		{"not in the group", group, "阿花", "阿花", "", nil},
		{"on the platform", members.NameScope{Platform: "douyin"}, "阿花", "阿花", "阿花dy", nil},
		{"a stored name with a mark", members.NameScope{Platform: "wechat"}, "阿花", "阿花", "阿花wx", nil},
		{"everyone: one per platform is two", members.NameScope{}, "阿花", "阿花", "", []string{"阿花dy", "阿花wx"}},
	}
	for _, c := range cases {
		got, err := members.FindByName(ctx, db.Read(), c.scope, c.text)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got.Name != c.wantName || got.MemberID != ids[c.want] {
			t.Errorf("%s: got name %q member %d, want %q member %d", c.name, got.Name, got.MemberID, c.wantName, ids[c.want])
		}
		var want, namesakes []int64
		for _, k := range c.namesakes {
			want = append(want, ids[k])
		}
		if got.Ambiguous() {
			for _, n := range got.Namesakes {
				namesakes = append(namesakes, n.ID)
			}
		}
		if !slices.Equal(namesakes, want) {
			t.Errorf("%s: namesakes %v, want %v", c.name, namesakes, want)
		}
	}
}
