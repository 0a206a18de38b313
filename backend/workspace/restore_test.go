package workspace_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"qunzhu/backend/dashboard"
	"qunzhu/backend/members"
	"qunzhu/backend/storetest"
)

// backupWithEvents leaves a Qunzhu database file holding a member and two
// messages on 2026-03-02 whose dashboard summaries were never counted (as
// a database from before migration 0011 would be), and silence judged
// after 9 days.
func backupWithEvents(t *testing.T) string {
	path := filepath.Join(t.TempDir(), "theirs.db")
	db := storetest.OpenAt(t, path)
	for _, q := range []string{
		`INSERT INTO members (id, nickname, nick_key, nick_sort, platform, created_at, updated_at, search)
			VALUES (1, '王小美', '王小美', 'wangxiaomei', 'qq', '2026-01-01', '2026-01-01', 'wangxiaomei wxm')`,
		`INSERT INTO events (member_id, at, kind, key) VALUES (1, 1772445600, 'message', 1), (1, 1772449200, 'message', 2)`,
		`DELETE FROM settings WHERE key IN ('dashboard_built', 'dashboard_sets_built')`,
		`INSERT OR REPLACE INTO settings (key, value) VALUES ('tiers', '{"SilentDays": 9}')`,
	} {
		if _, err := db.Write().Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	return path
}

// After a restore the window sees the restored data without a restart:
// search finds the restored members, the dashboard counts the restored
// events (its summaries are built again), tier settings are the file's.
func TestRestoreFileReloadsCaches(t *testing.T) {
	ctx := context.Background()
	ws := open(t, filepath.Join(t.TempDir(), "qunzhu.db"))
	defer ws.Close()
	if _, err := ws.Members.Create(ctx, members.Input{Nickname: "李四", Platform: "qq"}); err != nil {
		t.Fatal(err)
	}
	period := dashboard.Request{From: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 3, 7, 0, 0, 0, 0, time.UTC)}
	if _, err := ws.Dashboard.Get(ctx, period); err != nil { // summaries built and remembered
		t.Fatal(err)
	}
	if n, _ := ws.Members.Count(ctx, members.Filter{Search: "lisi"}); n != 1 {
		t.Fatalf("before restore: 'lisi' finds %d", n)
	}
	if _, err := ws.RestoreFile(ctx, backupWithEvents(t)); err != nil {
		t.Fatal(err)
	}
	found := map[string]int{}
	for _, q := range []string{"lisi", "wxm"} {
		found[q], _ = ws.Members.Count(ctx, members.Filter{Search: q})
	}
	if found["lisi"] != 0 || found["wxm"] != 1 {
		t.Errorf("search after restore: %v, want lisi 0, wxm 1", found)
	}
	d, err := ws.Dashboard.Get(ctx, period)
	if err != nil || d.Messages != 2 || d.Thresholds.SilentDays != 9 {
		t.Errorf("dashboard after restore: %d messages, silent after %d days, %v; want 2, 9",
			d.Messages, d.Thresholds.SilentDays, err)
	}
}
