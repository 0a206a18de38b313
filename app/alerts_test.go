package app

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"qunzhu/backend/activity"
	"qunzhu/backend/workspace"
)

// Through the bindings: a hit's state set, filtered by and kept by a
// rescan; a hit logged as a violation carries its link and marks the hit
// handled; the ad-law check answers per text with UTF-16 spans.
func TestAlertBindings(t *testing.T) {
	ctx := context.Background()
	ws, err := workspace.Open(ctx, filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	a := New(ws)
	a.setLanguage("zh-CN")
	g, err := a.Groups.Create(GroupInput{Name: "粉丝群", Platform: "whatsapp", Purpose: "core", Capacity: 500, Rules: "不发广告\n不刷屏"})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "chat.txt")
	os.WriteFile(path, []byte("01.05.2024, 10:00 - 小红: 这款是全网第一的面霜\n02.05.2024, 09:00 - 小刚: 我要退款\n"), 0o644)
	if _, err := ws.Activity.Import(ctx, activity.Request{Path: path, GroupID: g.ID}, nil); err != nil {
		t.Fatal(err)
	}
	a.Keywords.afterImport(ctx)
	page, err := a.Keywords.Hits(HitFilterDTO{})
	if err != nil || len(page.Hits) != 2 {
		t.Fatalf("hits %+v, %v", page, err)
	}
	refund, best := page.Hits[0], page.Hits[1]
	if refund.Suggest != "reminded" || best.Suggest != "handled" || best.State != "pending" || best.Text != "这款是全网第一的面霜" {
		t.Errorf("hits %+v", page.Hits)
	}
	if err := a.Keywords.SetHitState(refund.EventID, refund.Word.ID, "reminded"); err != nil {
		t.Fatal(err)
	}
	rules, _ := a.Planner.Rules(g.ID)
	logged, err := a.Planner.LogViolation(ViolationInputDTO{GroupID: g.ID, MemberID: best.MemberID, Rule: rules[0], What: best.Text,
		Step: -1, HitEventID: best.EventID, HitWordID: best.Word.ID})
	if err != nil || logged.Violation.HitEventID != best.EventID || logged.Violation.HitWordID != best.Word.ID {
		t.Fatalf("logged %+v, %v", logged, err)
	}
	if _, err := ws.Keywords.Rescan(ctx, nil); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ state, want string }{{"reminded", "退款"}, {"handled", "全网第一"}, {"pending", ""}}
	for _, c := range cases {
		p, err := a.Keywords.Hits(HitFilterDTO{State: c.state})
		got := ""
		for _, h := range p.Hits {
			got += h.Match
		}
		if err != nil || got != c.want {
			t.Errorf("state %s: %q, %v; want %q", c.state, got, err, c.want)
		}
	}
	found, err := a.Invites.CheckAdLaw([]string{"😀全网第一", "你好"})
	if err != nil || len(found) != 2 || len(found[0]) != 1 || found[0][0].Start != 2 || found[0][0].End != 6 || len(found[1]) != 0 {
		t.Errorf("ad-law check %+v, %v", found, err)
	}
}
