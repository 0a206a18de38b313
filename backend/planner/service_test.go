package planner_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"qunzhu/backend/errs"
	"qunzhu/backend/groups"
	"qunzhu/backend/planner"
	"qunzhu/backend/polls"
	"qunzhu/backend/storetest"
	"qunzhu/backend/workspace"
)

type fixture struct {
	ctx   context.Context
	svc   *planner.Service
	group int64
	other int64
}

func setup(t *testing.T, now string) fixture {
	t.Helper()
	ctx := context.Background()
	db := storetest.Open(t)
	g := groups.NewService(db)
	a, err := g.Create(ctx, groups.Input{Name: "铁粉一群", Platform: "douyin", Purpose: "core", Capacity: 500})
	if err != nil {
		t.Fatal(err)
	}
	b, err := g.Create(ctx, groups.Input{Name: "福利群", Platform: "wechat", Purpose: "welfare", Capacity: 500})
	if err != nil {
		t.Fatal(err)
	}
	svc := planner.NewService(db, workspace.PlannerOwners())
	clock, _ := planner.ParseWall(now)
	svc.SetClock(func() time.Time { return clock })
	return fixture{ctx, svc, a.ID, b.ID}
}

func at(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := planner.ParseWall(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func summary(items []planner.Item) string {
	var b []string
	for _, it := range items {
		b = append(b, planner.Wall(it.Start)+" "+it.Kind)
	}
	return strings.Join(b, "\n")
}

func TestApplyTemplate(t *testing.T) {
	cases := []struct {
		name, template, start string
		weeks                 int
		want                  string
	}{
		// 2028-02-24 is a Thursday: the first vote is on Monday 02-28, the
		// Wednesday on the leap day.
		{"weekly SOP over the leap day", planner.TemplateWeeklySOP, "2028-02-24T00:00", 1,
			"2028-02-25T19:30 preview\n2028-02-27T20:00 red_packet\n2028-02-27T20:10 exclusive\n" +
				"2028-02-28T20:00 vote\n2028-03-01T20:00 live_qa"},
		{"weekly SOP two weeks from a Monday", planner.TemplateWeeklySOP, "2026-11-30T00:00", 2,
			"2026-11-30T20:00 vote\n2026-12-02T20:00 live_qa\n2026-12-04T19:30 preview\n2026-12-06T20:00 red_packet\n" +
				"2026-12-06T20:10 exclusive\n2026-12-07T20:00 vote\n2026-12-09T20:00 live_qa\n2026-12-11T19:30 preview\n" +
				"2026-12-13T20:00 red_packet\n2026-12-13T20:10 exclusive"},
		{"launch week over a year end", planner.TemplateLaunchWeek, "2026-12-29T00:00", 1,
			"2026-12-29T12:00 preview\n2026-12-30T19:30 material_call\n2026-12-31T20:00 quiz\n2027-01-01T20:00 live_stream\n" +
				"2027-01-02T12:00 video_release\n2027-01-02T12:10 first_hour_push\n2027-01-03T20:00 ranking\n2027-01-04T20:00 red_packet"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := setup(t, "2026-12-01T09:00")
			items, err := f.svc.ApplyTemplate(f.ctx, planner.Apply{GroupID: f.group, Template: c.template,
				Start: at(t, c.start), Weeks: c.weeks, Lang: "en"})
			if err != nil {
				t.Fatal(err)
			}
			if got := summary(items); got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
			if items[0].Series == "" || items[0].Series != items[len(items)-1].Series || items[0].Template != c.template {
				t.Errorf("series %q..%q template %q", items[0].Series, items[len(items)-1].Series, items[0].Template)
			}
		})
	}
}

func TestChallengeTemplate(t *testing.T) {
	f := setup(t, "2026-12-01T09:00")
	items, err := f.svc.ApplyTemplate(f.ctx, planner.Apply{GroupID: f.group, Template: planner.TemplateChallenge21,
		Start: at(t, "2027-01-20T00:00"), Weeks: 1, Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	var last planner.Item
	for _, it := range items {
		counts[it.Kind]++
		if it.Kind == "challenge" {
			last = it
		}
	}
	if counts["challenge"] != 21 || counts["ranking"] != 3 || counts["preview"] != 1 {
		t.Errorf("counts %v", counts)
	}
	if last.Title != "21-day challenge · day 21" || planner.Wall(last.Start) != "2027-02-09T07:30" {
		t.Errorf("last day %q at %s", last.Title, planner.Wall(last.Start))
	}
}

func TestApplyRollsBackOnMissingGroup(t *testing.T) {
	f := setup(t, "2026-12-01T09:00")
	_, err := f.svc.ApplyTemplate(f.ctx, planner.Apply{GroupID: 999, Template: planner.TemplateWeeklySOP,
		Start: at(t, "2026-12-01T00:00"), Weeks: 2, Lang: "en"})
	if errs.CodeOf(err) != errs.NotFound {
		t.Fatalf("got %v, want not found", err)
	}
	all, _ := f.svc.List(f.ctx, planner.Range{From: at(t, "2026-01-01T00:00"), To: at(t, "2028-01-01T00:00")})
	if len(all) != 0 {
		t.Errorf("%d items left behind", len(all))
	}
}

func TestMoveDuplicateDelete(t *testing.T) {
	f := setup(t, "2026-12-01T09:00")
	made, err := f.svc.Create(f.ctx, planner.Input{GroupID: f.group, Kind: "checkin", Title: "早安打卡",
		Start: at(t, "2026-12-30T07:30"), Minutes: 15}, planner.Recurrence{Freq: planner.Daily, Count: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(made) != 5 || planner.Wall(made[4].Start) != "2027-01-03T07:30" || made[0].Category != planner.Emotional {
		t.Fatalf("made %s, category %s", summary(made), made[0].Category)
	}
	moved, err := f.svc.Move(f.ctx, made[1].ID, at(t, "2026-12-31T12:00"), 45)
	if err != nil || planner.Wall(moved.Start) != "2026-12-31T12:00" || moved.Minutes != 45 {
		t.Fatalf("move: %v %s %d", err, planner.Wall(moved.Start), moved.Minutes)
	}
	if _, err := f.svc.Move(f.ctx, made[1].ID, at(t, "2026-12-31T12:00"), 2); errs.CodeOf(err) != errs.Invalid {
		t.Errorf("resize to 2 minutes: got %v, want invalid", err)
	}
	dup, err := f.svc.Duplicate(f.ctx, made[0].ID, at(t, "2027-01-10T07:30"))
	if err != nil || dup.Series != "" || dup.Title != "早安打卡" {
		t.Fatalf("duplicate: %v %+v", err, dup)
	}
	n, err := f.svc.Delete(f.ctx, made[2].ID, true)
	if err != nil || n != 5 {
		t.Fatalf("delete series: %v, %d gone, want 5", err, n)
	}
	left, _ := f.svc.List(f.ctx, planner.Range{From: at(t, "2026-01-01T00:00"), To: at(t, "2028-01-01T00:00")})
	if got := summary(left); got != "2027-01-10T07:30 checkin" {
		t.Errorf("left %q", got)
	}
}

func TestValidate(t *testing.T) {
	f := setup(t, "2026-12-01T09:00")
	good := planner.Input{GroupID: f.group, Kind: "vote", Title: "下周拍什么", Start: at(t, "2026-12-07T20:00"), Minutes: 15}
	cases := []struct {
		name  string
		edit  func(in *planner.Input)
		field string
	}{
		{"kind", func(in *planner.Input) { in.Kind = "party" }, "kind"},
		{"title", func(in *planner.Input) { in.Title = "  " }, "title"},
		{"long title", func(in *planner.Input) { in.Title = strings.Repeat("长", planner.MaxTitle+1) }, "title"},
		{"minutes", func(in *planner.Input) { in.Minutes = 2000 }, "minutes"},
		{"category", func(in *planner.Input) { in.Category = "fun" }, "category"},
		{"checklist", func(in *planner.Input) { in.Checklist = []planner.Check{{Text: strings.Repeat("x", 121)}} }, "checklist"},
	}
	for _, c := range cases {
		in := good
		c.edit(&in)
		_, err := f.svc.Create(f.ctx, in, planner.Recurrence{})
		e := errs.As(err)
		if _, ok := e.Fields[c.field]; !ok || e.Code != errs.Invalid {
			t.Errorf("%s: got %v, want invalid %s", c.name, err, c.field)
		}
	}
}

func TestTodayAndWeek(t *testing.T) {
	f := setup(t, "2026-12-02T09:00")
	if _, err := f.svc.ApplyTemplate(f.ctx, planner.Apply{GroupID: f.group, Template: planner.TemplateWeeklySOP,
		Start: at(t, "2026-11-30T00:00"), Weeks: 1, Lang: "zh-CN"}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Create(f.ctx, planner.Input{GroupID: f.other, Kind: "live_stream", Title: "带货直播",
		Start: at(t, "2026-12-02T12:00"), Minutes: 60, Notes: "记得挂小黄车"}, planner.Recurrence{}); err != nil {
		t.Fatal(err)
	}
	due, err := f.svc.Today(f.ctx, "zh-CN")
	if err != nil {
		t.Fatal(err)
	}
	if len(due) != 2 || due[0].GroupName != "福利群" || due[1].Kind != "live_qa" {
		t.Fatalf("today: %+v", due)
	}
	if !strings.Contains(due[0].Text, "12:00") || !strings.HasSuffix(due[0].Text, "记得挂小黄车") {
		t.Errorf("live stream text %q", due[0].Text)
	}
	if !strings.Contains(due[1].Text, "20:00–20:30") || !strings.Contains(due[1].Text, "30 分钟") {
		t.Errorf("live Q&A text %q", due[1].Text)
	}
	done, err := f.svc.SetDone(f.ctx, due[1].ID, true)
	if err != nil || done.DoneAt == nil {
		t.Fatalf("done: %v %v", err, done.DoneAt)
	}
	w, err := f.svc.Week(f.ctx, at(t, "2026-12-06T23:00"), 0)
	if err != nil {
		t.Fatal(err)
	}
	// useful: vote, Q&A, preview, exclusive; emotional: red packet; marketing: the live stream.
	if w.Mix.Useful != 4 || w.Mix.Emotional != 1 || w.Mix.Marketing != 1 || !w.Mix.Warn {
		t.Errorf("mix %+v", w.Mix)
	}
	text := planner.WeekText(w, "en")
	if !strings.HasPrefix(text, "Group plan for 2026-11-30 – 2026-12-06") || !strings.Contains(text, "Wed 12-02\n12:00–13:00 带货直播 · 福利群 (Marketing)") {
		t.Errorf("week text:\n%s", text)
	}
	own, _ := f.svc.Week(f.ctx, at(t, "2026-12-06T23:00"), f.group)
	if own.Mix.Total != 5 || own.Mix.Warn {
		t.Errorf("own group mix %+v", own.Mix)
	}
}

func TestVoteTextListsThePollOptions(t *testing.T) {
	f := setup(t, "2026-12-07T09:00")
	p, err := polls.NewService(f.svc.DB()).Create(f.ctx, polls.Input{Question: "下期拍什么？", Options: []string{"通勤妆", "护肤流程"}, GroupID: f.group})
	if err != nil {
		t.Fatal(err)
	}
	made, err := f.svc.Create(f.ctx, planner.Input{GroupID: f.group, Kind: "vote", Title: "下期拍什么？", Start: at(t, "2026-12-07T20:00"),
		Minutes: 15, PollID: p.ID}, planner.Recurrence{})
	if err != nil {
		t.Fatal(err)
	}
	text, err := f.svc.Text(f.ctx, made[0].ID, "zh-CN")
	if err != nil || !strings.HasSuffix(text, "\n1. 通勤妆\n2. 护肤流程") || !strings.HasPrefix(text, "【选题投票】下期拍什么？\n20:00 开始") {
		t.Errorf("vote text %q %v", text, err)
	}
	due, _ := f.svc.Today(f.ctx, "zh-CN")
	if len(due) != 1 || due[0].Text != text {
		t.Errorf("today %+v", due)
	}
}
