package points_test

import (
	"testing"

	"qunzhu/backend/points"
)

// A member in the trash leaves the leaderboard, and the next one takes
// the place even when the trashed one filled the first page.
func TestLeaderboardPassesOverTheTrash(t *testing.T) {
	f := newFixture(t)
	f.events(f.b, f.g1, "purchase", "2026-11-03 08:00", 1, 80) // 8
	f.events(f.a, f.g1, "checkin", "2026-11-17 08:00", 1, 0)   // 5
	if _, err := f.s.Recompute(f.ctx, now, nil); err != nil {
		t.Fatal(err)
	}
	f.exec(`UPDATE members SET deleted_at = '2026-11-18T00:00:00Z' WHERE id = ?`, f.b)
	b, err := f.s.Leaderboard(f.ctx, f.g1, points.PeriodAll, 1, "zh-CN")
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Rows) != 1 || b.Rows[0].Nickname != "阿甲" || b.Rows[0].PlatformID != "wxid_a" || b.Rows[0].Points != 5 {
		t.Errorf("rows %+v, want 阿甲 with 5", b.Rows)
	}
}
