package lottery_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"qunzhu/backend/lottery"
	"qunzhu/backend/members"
)

// TestPastedEntrantsAreExactNames: one entry a person means one per
// member, else per exact name: 小美 and 小美🌸 are two entrants, marks
// around a name do not make another, two members named 王伟 make the
// pasted 王伟 ambiguous, and a name of marks only is left out as invalid.
func TestPastedEntrantsAreExactNames(t *testing.T) {
	f := newFixture(t, "小美", "Tom")
	for _, id := range []string{"dy_1", "dy_2"} {
		if _, err := f.members.Create(f.ctx, members.Input{Nickname: "王伟", Platform: "douyin", PlatformID: id}); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name      string
		from      string
		text      string
		want      string
		members   []int64
		out       map[string]int
		ambiguous string // "line:name:namesakes"
	}{
		{"comments", lottery.FromComments,
			"小美: 抽我\n小美🌸: 抽我\n\u202a小美\u202c: 再来\ntom: 抽\n王伟: 抽\n\u200b\u200f: 抽我\n",
			"小美,小美🌸,tom,王伟", []int64{f.ids["小美"], 0, 0, 0},
			map[string]int{lottery.OutRepeat: 1, lottery.OutInvalid: 1}, "5:王伟:2"},
		{"接龙", lottery.FromJielong,
			"#接龙\n抽奖\n\n1. 小美\n2. 小美🌸 +1\n3. \u2066小美🌸\u2069\n4. 王伟 抽我\n5. \ufeff\u200e\n6. Tom\n",
			"小美,小美🌸,王伟,Tom", []int64{f.ids["小美"], 0, 0, f.ids["Tom"]},
			map[string]int{lottery.OutRepeat: 1, lottery.OutInvalid: 1}, "7:王伟:2"},
	}
	for _, c := range cases {
		got, err := f.lottery.Build(f.ctx, lottery.Entry{From: c.from, Text: c.text})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var ids []int64
		for _, p := range got.People {
			ids = append(ids, p.MemberID)
		}
		if names(got) != c.want || !slices.Equal(ids, c.members) || fmt.Sprint(got.Excluded) != fmt.Sprint(c.out) {
			t.Errorf("%s: got %q %v excluded %v, want %q %v %v", c.name, names(got), ids, got.Excluded, c.want, c.members, c.out)
		}
		var amb string
		for _, a := range got.Ambiguous {
			amb += fmt.Sprintf("%d:%s:%d", a.Line, a.Name, len(a.Namesakes))
		}
		if amb != c.ambiguous {
			t.Errorf("%s: ambiguous %q, want %q", c.name, amb, c.ambiguous)
		}
	}
}

// TestDouyinEntrantsAreAccounts: without a member, a Douyin commenter is
// their account: two accounts named 路人 are two entrants, one account
// commenting twice is one, and an account whose nickname is nothing but
// invisible marks is still a person, named by its account.
func TestDouyinEntrantsAreAccounts(t *testing.T) {
	f := newFixture(t, "阿花")
	rows := []struct{ uid, nick string }{{"1", "路人"}, {"2", "路人"}, {"1", "路人"}, {"3", "\u202a阿花\u202c"}, {"4", "\u200b\u200f"}}
	var export []map[string]any
	for i, r := range rows {
		export = append(export, map[string]any{"comment_id": fmt.Sprint(i + 1), "create_time": 1764720000 + i, "aweme_id": "9",
			"content": "抽我", "user_id": r.uid, "sec_uid": "s" + r.uid, "nickname": r.nick, "parent_comment_id": "0"})
	}
	raw, _ := json.Marshal(export)
	path := filepath.Join(t.TempDir(), "comments.json")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := f.lottery.Build(f.ctx, lottery.Entry{From: lottery.FromDouyin, Path: path})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{lottery.OutRepeat: 1}
	if names(got) != "路人 (1),路人 (2),阿花,s4" || fmt.Sprint(got.Excluded) != fmt.Sprint(want) || got.People[2].MemberID != f.ids["阿花"] {
		t.Errorf("got %q %+v excluded %v, want 路人 twice, 阿花 as the member, s4 by its account, %v", names(got), got.People, got.Excluded, want)
	}
}
