package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/workspace"
)

// The sample fills an empty database once; the planner's bound methods
// speak wall-clock strings both ways and refuse bad ones with the field.
func TestSampleThenPlanner(t *testing.T) {
	ws, err := workspace.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	a := New(ws)
	a.setLanguage("en")
	if ok, err := a.Sample.CanCreate(); !ok || err != nil {
		t.Fatalf("empty database: %v %v", ok, err)
	}
	a.Sample.Start()
	waitJobs(t, a)
	if ok, _ := a.Sample.CanCreate(); ok {
		t.Fatal("the sample did not go in, or can go in twice")
	}
	today, _ := a.Planner.TodayDate()
	week, err := a.Planner.Week(today, 0)
	if err != nil || len(week.Items) < 15 || week.Mix.Total != len(week.Items) {
		t.Fatalf("week: %v, %d items, mix %+v", err, len(week.Items), week.Mix)
	}
	first := week.Items[0]
	moved, err := a.Planner.Move(first.ID, week.Start+"T13:15", 45)
	if err != nil || moved.Start != week.Start+"T13:15" || moved.End != week.Start+"T14:00" {
		t.Fatalf("move: %v %+v", err, moved)
	}
	_, err = a.Planner.Move(first.ID, "Monday 1pm", 45)
	if e := errs.As(err); e.Code != errs.Invalid || e.Fields["start"].Key == "" {
		t.Errorf("bad start: %v", err)
	}
	text, err := a.Planner.WeekText(week.Start, 0)
	if err != nil || !strings.Contains(text, "13:15–14:00 "+moved.Title) {
		t.Errorf("week text %v:\n%s", err, text)
	}
	rules, err := a.Planner.Rules(week.Items[0].GroupID)
	if err != nil || len(rules) == 0 {
		t.Fatalf("rules %v %v", rules, err)
	}
	var member int64
	ws.DB.Read().QueryRow(`SELECT member_id FROM memberships WHERE group_id = ? LIMIT 1`, week.Items[0].GroupID).Scan(&member)
	logged, err := a.Planner.LogViolation(ViolationInputDTO{GroupID: week.Items[0].GroupID, MemberID: member, Rule: rules[0], Step: -1})
	if err != nil || logged.Violation.Action != "warning" || logged.Violation.At == "" || !strings.Contains(logged.Proposal.Message, rules[0]) {
		t.Errorf("logged %+v %v", logged, err)
	}
	next, _ := a.Planner.Propose(week.Items[0].GroupID, member, rules[0])
	if next.Action != "mute" || next.Minutes != 60 {
		t.Errorf("next step %+v", next)
	}
}
