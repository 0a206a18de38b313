package planner_test

import (
	"testing"
	"time"

	"qunzhu/backend/planner"
)

// Two violations logged within one second, the first on the whole second:
// the log is newest first. Stamps written as RFC 3339 without trailing
// zeros ("…:05Z", "…:05.5Z") sorted the whole second last as text.
func TestViolationsWithinOneSecondNewestFirst(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	ids := seedMembers(t, f, "刷屏哥")
	base := time.Date(2026, 12, 2, 1, 0, 5, 0, time.UTC)
	for i, at := range []time.Time{base, base.Add(500 * time.Millisecond)} {
		f.svc.SetClock(func() time.Time { return at })
		if _, _, err := f.svc.LogViolation(f.ctx, planner.ViolationInput{GroupID: f.group, MemberID: ids[0],
			Rule: "No ads", What: []string{"first", "second"}[i], Step: -1}, "en"); err != nil {
			t.Fatal(err)
		}
	}
	vs, err := f.svc.Violations(f.ctx, f.group, 0)
	if err != nil || len(vs) != 2 {
		t.Fatalf("Violations = %v, %v", vs, err)
	}
	if vs[0].What != "second" || vs[1].What != "first" {
		t.Errorf("log = %q, %q; want second, first", vs[0].What, vs[1].What)
	}
	if !vs[0].At.Equal(base.Add(500*time.Millisecond)) || !vs[1].At.Equal(base) {
		t.Errorf("at = %v, %v", vs[0].At, vs[1].At)
	}
}
