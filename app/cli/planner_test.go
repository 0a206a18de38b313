package cli_test

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestPlannerCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "q.db")
	if r := run(t, db, "groups", "add", "--name", "铁粉群", "--platform", "douyin", "--purpose", "core", "--capacity", "500"); r.code != 0 {
		t.Fatalf("add group: %d %s", r.code, r.stderr)
	}
	r := run(t, db, "planner", "apply", "--group", "铁粉群", "--start", "2026-11-30", "--weeks", "2")
	if got := decode[map[string]int](t, r); got["items"] != 10 {
		t.Fatalf("apply: %v %s", got, r.stderr)
	}
	week := run(t, db, "planner", "week", "--date", "2026-12-02")
	if week.code != 0 || !strings.HasPrefix(week.stdout, "Group plan for 2026-11-30 – 2026-12-06") ||
		!strings.Contains(week.stdout, "Mon 11-30\n20:00–20:15 Monday topic vote · 铁粉群 (Useful)") {
		t.Errorf("week: %d\n%s%s", week.code, week.stdout, week.stderr)
	}
	if bad := run(t, db, "planner", "apply", "--group", "铁粉群", "--template", "party"); bad.code != 1 || !strings.Contains(bad.stderr, "party") {
		t.Errorf("unknown template: %d %q", bad.code, bad.stderr)
	}
	if today := run(t, db, "planner", "today"); today.code != 0 || !strings.HasPrefix(strings.TrimSpace(today.stdout), "[") {
		t.Errorf("today: %d %q", today.code, today.stdout)
	}
}
