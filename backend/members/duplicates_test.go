package members_test

import (
	"context"
	"fmt"
	"testing"

	"qunzhu/backend/members"
)

// Every pair that looks like one person is suggested with the reason in
// words; nothing is merged.
func TestDuplicateReasons(t *testing.T) {
	cases := []struct {
		a, b members.Input
		want string
	}{
		{members.Input{Nickname: "王伟", Platform: "douyin", PlatformID: "dy001"},
			members.Input{Nickname: "王伟", Platform: "douyin", PlatformID: "dy002"}, "ui.merge.reason.same_name 王伟"},
		{members.Input{Nickname: "王伟", Platform: "douyin"}, members.Input{Nickname: "王伟", Platform: "qq"},
			"ui.merge.reason.same_name_cross 王伟"},
		{members.Input{Nickname: "王伟", Platform: "douyin"}, members.Input{Nickname: "✨王伟🌸", Platform: "douyin"},
			"ui.merge.reason.only_decoration 王伟 / ✨王伟🌸"},
		{members.Input{Nickname: "Tom", Platform: "douyin"}, members.Input{Nickname: "ＴＯＭ", Platform: "douyin"},
			"ui.merge.reason.same_folded Tom / ＴＯＭ"},
		{members.Input{Nickname: "陳小明", Platform: "douyin"}, members.Input{Nickname: "陈小明", Platform: "douyin"},
			"ui.merge.reason.same_simplified 陳小明 / 陈小明"},
	}
	for _, c := range cases {
		s, _ := newService(t)
		ctx := context.Background()
		a, errA := s.Create(ctx, c.a)
		b, errB := s.Create(ctx, c.b)
		if errA != nil || errB != nil {
			t.Fatal(errA, errB)
		}
		pairs, err := s.Duplicates(ctx, 10)
		if err != nil || len(pairs) != 1 || pairs[0].A.ID != a.ID || pairs[0].B.ID != b.ID || len(pairs[0].Reasons) != 1 {
			t.Fatalf("%s: pairs %+v, %v", c.want, pairs, err)
		}
		r := pairs[0].Reasons[0]
		if got := fmt.Sprint(r.Key, " ", r.Params["Value"]); got != c.want {
			t.Errorf("reason %q, want %q", got, c.want)
		}
		if n, _ := s.Count(ctx, members.Filter{}); n != 2 {
			t.Errorf("%s: %d members, want 2", c.want, n)
		}
	}
}
