package app

import (
	"context"
	"path/filepath"
	"testing"

	"qunzhu/backend/workspace"
)

// The lines the screens read: the KPI lines of the tier settings and the
// planner's lines; a saved change comes back, and a bad one is refused with
// nothing stored.
func TestThresholds(t *testing.T) {
	ws, err := workspace.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	a := New(ws)
	th, err := a.Settings.Thresholds()
	if err != nil || th.MessagesPer100 != 20 || th.Reach != 0.65 || th.Participation != 0.3 || th.SilentShare != 0.4 ||
		th.SilentDays != 3 || len(th.SpokenKinds) == 0 {
		t.Fatalf("KPI lines = %+v, %v", th, err)
	}
	p := th.Plan
	if p.Useful != 70 || p.Emotional != 20 || p.Marketing != 10 || p.MarketingWarn != 15 || len(p.Windows) != 3 ||
		p.Windows[0] != (BestWindowDTO{"news", 420, 510}) || p.KindWindow["preview"] != "lunch" {
		t.Fatalf("planner lines = %+v", p)
	}
	p.Useful, p.Marketing, p.MarketingWarn = 60, 20, 25
	p.Windows[2].From = 19*60 + 30
	if th, err = a.Settings.SavePlanLines(p); err != nil || th.Plan.MarketingWarn != 25 || th.Plan.Windows[2].From != 1170 {
		t.Fatalf("saved: %+v, %v", th.Plan, err)
	}
	p.Useful = 90
	if _, err := a.Settings.SavePlanLines(p); err == nil {
		t.Fatal("a mix of 130 % was saved")
	}
	if th, _ = a.Settings.Thresholds(); th.Plan.Useful != 60 {
		t.Errorf("after a refused save: useful %d, want 60", th.Plan.Useful)
	}
}
