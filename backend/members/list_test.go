package members_test

import (
	"context"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/members"
	"qunzhu/backend/storetest"
)

func seed(t *testing.T, s *members.Service) {
	t.Helper()
	ins := []members.Input{
		{Nickname: "张三", Platform: "douyin", PlatformID: "zs001", FanLevel: 10, IronFan: true, FollowSince: date(2025, 11, 22), Tags: []string{"铁粉"}},
		{Nickname: "李四", Remark: "老朋友", Platform: "wechat", PlatformID: "wxid_li4", FanLevel: 3, FollowSince: date(2026, 11, 1)},
		{Nickname: "ＡＢＣ小王", Platform: "qq", PlatformID: "10001", FanLevel: 5, Source: "dm", Tags: []string{"早鸟", "铁粉"}},
		{Nickname: "Tom Lee", Platform: "telegram", FanLevel: 0, Source: "comment"},
	}
	for _, in := range ins {
		if _, err := s.Create(context.Background(), in); err != nil {
			t.Fatal(err)
		}
	}
}

func names(rows []members.Row) []string {
	out := []string{}
	for _, r := range rows {
		out = append(out, r.Nickname)
	}
	return out
}

func TestListFiltersAndSorts(t *testing.T) {
	s, _ := newService(t)
	seed(t, s)
	ctx := context.Background()
	yes := true
	min5 := 5
	min100 := 100
	cases := []struct {
		name string
		q    members.Query
		want []string
	}{
		{"all, newest first", members.Query{}, []string{"Tom Lee", "ＡＢＣ小王", "李四", "张三"}},
		{"full pinyin", members.Query{Filter: members.Filter{Search: "zhangsan"}}, []string{"张三"}},
		{"initials", members.Query{Filter: members.Filter{Search: "zs"}}, []string{"张三"}},
		{"han substring", members.Query{Filter: members.Filter{Search: "小王"}}, []string{"ＡＢＣ小王"}},
		{"width and case", members.Query{Filter: members.Filter{Search: "abc"}}, []string{"ＡＢＣ小王"}},
		{"full-width query", members.Query{Filter: members.Filter{Search: "ＴＯＭ"}}, []string{"Tom Lee"}},
		{"remark", members.Query{Filter: members.Filter{Search: "老朋友"}}, []string{"李四"}},
		{"id", members.Query{Filter: members.Filter{Search: "wxid_li"}}, []string{"李四"}},
		{"no match", members.Query{Filter: members.Filter{Search: "qqqq"}}, []string{}},
		{"platform", members.Query{Filter: members.Filter{Platforms: []string{"qq", "wechat"}}, Sort: "nickname"}, []string{"ＡＢＣ小王", "李四"}},
		{"tag", members.Query{Filter: members.Filter{Tags: []string{"铁粉"}}, Sort: "fanLevel", Desc: true}, []string{"张三", "ＡＢＣ小王"}},
		{"iron fan", members.Query{Filter: members.Filter{IronFan: &yes}}, []string{"张三"}},
		{"level", members.Query{Filter: members.Filter{MinLevel: &min5}, Sort: "fanLevel"}, []string{"ＡＢＣ小王", "张三"}},
		{"days followed", members.Query{Filter: members.Filter{MinDays: &min100}}, []string{"张三"}},
		{"source", members.Query{Filter: members.Filter{Sources: []string{"dm"}}}, []string{"ＡＢＣ小王"}},
		{"days sort, unknown last", members.Query{Sort: "daysFollowed", Desc: true}, []string{"张三", "李四", "ＡＢＣ小王", "Tom Lee"}},
		{"page", members.Query{Sort: "fanLevel", Offset: 1, Limit: 2}, []string{"李四", "ＡＢＣ小王"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, err := s.List(ctx, c.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := names(rows); !equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
			if c.q.Offset == 0 && c.q.Limit == 0 {
				if n, _ := s.Count(ctx, c.q.Filter); n != len(c.want) {
					t.Errorf("Count = %d, want %d", n, len(c.want))
				}
			}
		})
	}
}

func TestSearchFollowsEdits(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	seed(t, s) // loads nothing yet
	if rows, _ := s.List(ctx, members.Query{Filter: members.Filter{Search: "zs"}}); len(rows) != 1 {
		t.Fatalf("before edit: %v", names(rows))
	}
	rows, _ := s.List(ctx, members.Query{Filter: members.Filter{Search: "zhangsan"}})
	m, _ := s.Get(ctx, rows[0].ID)
	in := m.Input
	in.Nickname = "王五"
	if _, err := s.Update(ctx, m.ID, in); err != nil {
		t.Fatal(err)
	}
	if rows, _ := s.List(ctx, members.Query{Filter: members.Filter{Search: "zhangsan"}}); len(rows) != 0 {
		t.Errorf("old name still found: %v", names(rows))
	}
	if rows, _ := s.List(ctx, members.Query{Filter: members.Filter{Search: "ww"}}); len(rows) != 1 {
		t.Errorf("new name not found: %v", names(rows))
	}
	s.Create(ctx, members.Input{Nickname: "赵六", Platform: "qq"})
	if rows, _ := s.List(ctx, members.Query{Filter: members.Filter{Search: "zhaoliu"}}); len(rows) != 1 {
		t.Errorf("new member not found: %v", names(rows))
	}
}

func TestListRejectsBadQuery(t *testing.T) {
	s, _ := newService(t)
	for _, q := range []members.Query{{Sort: "DROP TABLE"}, {Limit: 5000}, {Filter: members.Filter{Platforms: []string{"x"}}}} {
		if _, err := s.List(context.Background(), q); err == nil {
			t.Errorf("List(%+v) accepted", q)
		}
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Stored tiers show on the rows and filter and sort the list.
func TestListStanding(t *testing.T) {
	db := storetest.Open(t)
	s := members.NewService(db)
	ctx := context.Background()
	a, _ := s.Create(ctx, members.Input{Nickname: "甲", Platform: "qq"})
	b, _ := s.Create(ctx, members.Input{Nickname: "乙", Platform: "qq"})
	s.Create(ctx, members.Input{Nickname: "丙", Platform: "qq"})
	for _, r := range []struct {
		id         int64
		tier, slip string
		last       int64
	}{{a.ID, "lurker", "0", 100}, {b.ID, "core", "1", 300}} {
		_, err := db.Write().Exec(`INSERT INTO member_tiers (member_id, r, f, m, recency, frequency, monetary, tier,
			tier_rule, tier_since, stage, stage_rule, stage_since, role, slipping, last_at, computed_at)
			VALUES (?, 5, 4, 3, 2, 10, 1.5, ?, '{"key":"tiers.rule.core","params":{"R":5}}', '', 'growing', '{}', '', 'creator', ?, ?, '')`,
			r.id, r.tier, r.slip, r.last)
		if err != nil {
			t.Fatal(err)
		}
	}
	rows, err := s.List(ctx, members.Query{Sort: "tier", Limit: 10})
	if err != nil || len(rows) != 3 || rows[0].ID != b.ID || rows[1].ID != a.ID || rows[2].Standing != nil {
		t.Fatalf("by tier: %+v, %v", rows, err)
	}
	if st := rows[0].Standing; st.Tier != "core" || st.R != 5 || !st.Slipping || st.LastAt.Unix() != 300 ||
		st.TierRule.Key != "tiers.rule.core" || st.TierRule.Params["R"] != 5.0 {
		t.Errorf("standing = %+v", st)
	}
	if got := ids(t, s, members.Query{Filter: members.Filter{Tiers: []string{"lurker", "core"}}}); len(got) != 2 {
		t.Errorf("tiers filter = %v", got)
	}
	if got := ids(t, s, members.Query{Filter: members.Filter{Flags: []string{"slipping"}}}); len(got) != 1 || got[0] != b.ID {
		t.Errorf("slipping filter = %v", got)
	}
	if _, err := s.List(ctx, members.Query{Filter: members.Filter{Tiers: []string{"vip"}}}); errs.As(err).Key != "err.invalid_input" {
		t.Errorf("unknown tier: %v", err)
	}
}
