package app

import (
	"testing"
	"time"

	"qunzhu/backend/badges"
	"qunzhu/backend/members"
)

// The evaluation runs as a job (progress, then done with the overview); a
// hand award shows in the member rows' badges and under the badge filter.
func TestBadgesJobAndMemberRows(t *testing.T) {
	events := make(chan any, 16)
	a, ws := openApp(t, func(name string, data any) {
		if name == badgesJob.progress || name == badgesJob.done || name == badgesJob.failed {
			events <- data
		}
	})
	defer ws.Close()
	m, err := ws.Members.Create(a.call(), members.Input{Nickname: "热心", Platform: "douyin", PlatformID: "dy1"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Members.Create(a.call(), members.Input{Nickname: "路人", Platform: "douyin", PlatformID: "dy2"}); err != nil {
		t.Fatal(err)
	}
	if err := a.Badges.Award(BadgeChangeDTO{MemberID: m.ID, Badge: badges.Praised, Reason: "答疑"}); err != nil {
		t.Fatal(err)
	}
	id, err := a.Badges.StartEvaluate()
	if err != nil {
		t.Fatal(err)
	}
	progressed := 0
	for done := false; !done; {
		select {
		case e := <-events:
			switch e := e.(type) {
			case JobProgressDTO:
				progressed++
			case BadgesDoneDTO:
				if e.JobID != id || e.Overview.Members != 1 || len(e.Overview.Kinds) != len(badges.Kinds) {
					t.Errorf("done %+v", e)
				}
				done = true
			default:
				t.Fatalf("event %+v", e)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("no done event")
		}
	}
	if progressed != len(badges.Rules)+1 {
		t.Errorf("%d progress events", progressed)
	}
	rows, err := a.Members.List(MemberQueryDTO{Filter: MemberFilterDTO{Badges: []string{badges.Praised}}, Limit: 10})
	if err != nil || len(rows) != 1 || rows[0].ID != m.ID || len(rows[0].Badges) != 1 || rows[0].Badges[0] != badges.Praised {
		t.Errorf("rows with the badge: %+v %v", rows, err)
	}
	week, err := a.Badges.ThisWeek(0)
	if err != nil || len(week.Holdings) != 1 || week.Message == "" {
		t.Errorf("this week: %+v %v", week, err)
	}
}
