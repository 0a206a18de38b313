package app

import (
	"context"
	"path/filepath"
	"testing"

	"qunzhu/backend/workspace"
)

// The funnel through the bound API: an empty database has nothing on
// record and no rates (null, not 0); a bad date or period is refused; the
// trust days are stored, and a bad value is refused with nothing stored.
func TestFunnelAPI(t *testing.T) {
	ws, err := workspace.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	a := New(ws)
	f, err := a.Funnel.Get(0, "2026-11-01", "2026-11-30")
	if err != nil || f.Recorded || len(f.Steps) != 3 || f.Steps[1].Rate != nil || f.Overall != nil || f.TrustDays != 15 ||
		f.Flagged == nil || f.ByTier == nil {
		t.Fatalf("empty funnel = %+v, %v", f, err)
	}
	for _, p := range [][2]string{{"2026-11-01", "30.11.2026"}, {"2026-11-30", "2026-11-01"}} {
		if _, err := a.Funnel.Get(0, p[0], p[1]); err == nil {
			t.Errorf("period %v accepted", p)
		}
	}
	if s, err := a.Funnel.SaveSettings(FunnelSettingsDTO{TrustDays: 21}); err != nil || s.TrustDays != 21 {
		t.Fatalf("save 21 = %+v, %v", s, err)
	}
	if _, err := a.Funnel.SaveSettings(FunnelSettingsDTO{TrustDays: 0}); err == nil {
		t.Error("trust days 0 saved")
	}
	if s, _ := a.Funnel.Settings(); s.TrustDays != 21 {
		t.Errorf("settings = %+v, want 21 kept", s)
	}
	if f, _ := a.Funnel.Get(0, "2026-11-01", "2026-11-30"); f.TrustDays != 21 {
		t.Errorf("funnel trust days = %d, want the stored 21", f.TrustDays)
	}
}
