package badges_test

import (
	"strings"
	"testing"

	"qunzhu/backend/badges"
)

// A list orders the holdings of one day by nickname (pinyin), cuts at the
// limit inside a day, and leaves out members in the trash, as the summary
// does.
func TestListOrdersADayByNicknameAndSkipsTheTrash(t *testing.T) {
	f := setup(t, "乙", "甲", "丙")
	for _, n := range []string{"乙", "甲", "丙"} {
		c := badges.Change{MemberID: f.ids[n], GroupID: f.g1, Badge: badges.Praised, Reason: "x"}
		if err := f.svc.Award(f.ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	names := func(limit int) string {
		t.Helper()
		hs, err := f.svc.List(f.ctx, badges.Query{Badge: badges.Praised, Limit: limit})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range hs {
			out = append(out, h.Nickname+"@"+h.GroupName)
		}
		return strings.Join(out, " ")
	}
	if got, want := names(2), "丙@铁粉一群 甲@铁粉一群"; got != want {
		t.Errorf("limit 2: got %q, want %q", got, want)
	}
	if _, err := f.db.Write().ExecContext(f.ctx, `UPDATE members SET deleted_at = '2026-11-26T00:00:00Z' WHERE id = ?`, f.ids["丙"]); err != nil {
		t.Fatal(err)
	}
	if got, want := names(0), "甲@铁粉一群 乙@铁粉一群"; got != want {
		t.Errorf("after the trash: got %q, want %q", got, want)
	}
	sum, err := f.svc.Summary(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Badges[badges.Praised] != 2 || sum.Members != 2 {
		t.Errorf("summary after the trash: %+v", sum)
	}
}
