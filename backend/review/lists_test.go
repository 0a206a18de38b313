package review_test

import (
	"context"
	"testing"
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/review"
)

// The KOC and slipping-away lists of the last re-scoring come with each
// member's messages in the week and the week before (counted by hand from
// fixture_test.go): 甲 6 and 4, 丁 2 and 1 (KOC); 丙 3 and 1 (slipping).
// The flags are set by hand after a re-scoring: the engine's thresholds
// (5 topics started, 20 replies) are far above this small chat.
func TestLists(t *testing.T) {
	f := planned(t, true)
	ctx := context.Background()
	if _, err := f.ws.Activity.Recompute(ctx, time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if _, err := f.ws.DB.Write().ExecContext(ctx, `UPDATE member_tiers SET
		koc = (SELECT nickname IN ('甲', '丁') FROM members WHERE id = member_id),
		slipping = (SELECT nickname = '丙' FROM members WHERE id = member_id)`); err != nil {
		t.Fatal(err)
	}
	r, err := f.ws.Review.Get(ctx, review.Request{GroupID: f.group, From: week.from, To: week.to})
	if err != nil {
		t.Fatal(err)
	}
	names := func(list []activity.Flagged) [][3]any {
		out := [][3]any{}
		for _, m := range list {
			out = append(out, [3]any{m.Nickname, m.Messages, m.MessagesBefore})
		}
		return out
	}
	for _, c := range []struct {
		name string
		got  [][3]any
		want [][3]any
	}{
		{"KOC", names(r.KOC), [][3]any{{"甲", 6, 4}, {"丁", 2, 1}}},
		{"slipping", names(r.Slipping), [][3]any{{"丙", 3, 1}}},
	} {
		if len(c.got) != len(c.want) {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
			continue
		}
		for i := range c.want {
			if c.got[i] != c.want[i] {
				t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
			}
		}
	}
}
