package cli

import (
	"fmt"
	"time"

	"qunzhu/backend/planner"
	"qunzhu/backend/workspace"
)

// runPlanner: planner week [--group NAME] [--date D] | apply --group NAME
// --template T [--start D] [--weeks N] | today.
func runPlanner(env *Env) error {
	if len(env.Args) < 2 {
		return usage()
	}
	sub := map[string]func(*Env, *workspace.Workspace, []string) error{
		"week": plannerWeek, "apply": plannerApply, "today": plannerToday,
	}[env.Args[1]]
	if sub == nil {
		return usage()
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	return sub(env, ws, env.Args[2:])
}

// day reads a YYYY-MM-DD flag value, today when empty.
func day(s string) (time.Time, error) {
	if s == "" {
		now := time.Now()
		return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		return d, usage()
	}
	return d, nil
}

// plannerWeek prints the week holding --date as the text to paste.
func plannerWeek(env *Env, ws *workspace.Workspace, args []string) error {
	fs := newFlags("planner week")
	group := fs.String("group", "", "group name (default: all groups)")
	date := fs.String("date", "", "a day of the week (default today)")
	if fs.Parse(args) != nil || fs.NArg() > 0 {
		return usage()
	}
	d, err := day(*date)
	if err != nil {
		return err
	}
	id, err := groupID(env, ws, *group)
	if err != nil {
		return err
	}
	w, err := ws.Planner.Week(env.Ctx, d, id)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(env.Stdout, planner.WeekText(w, env.Lang))
	return err
}

// plannerApply applies an SOP template; prints {"items": N}.
func plannerApply(env *Env, ws *workspace.Workspace, args []string) error {
	fs := newFlags("planner apply")
	group := fs.String("group", "", "group name")
	template := fs.String("template", planner.TemplateWeeklySOP, "weekly_sop, daily_checkin, challenge_21 or launch_week")
	start := fs.String("start", "", "first day (default today)")
	weeks := fs.Int("weeks", 4, "weeks of a repeating template")
	if fs.Parse(args) != nil || fs.NArg() > 0 || *group == "" {
		return usage()
	}
	d, err := day(*start)
	if err != nil {
		return err
	}
	id, err := groupID(env, ws, *group)
	if err != nil {
		return err
	}
	items, err := ws.Planner.ApplyTemplate(env.Ctx, planner.Apply{GroupID: id, Template: *template, Start: d, Weeks: *weeks, Lang: env.Lang})
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, map[string]int{"items": len(items)})
}

// plannerToday prints what is due today with the texts to paste, as JSON.
func plannerToday(env *Env, ws *workspace.Workspace, args []string) error {
	if len(args) > 0 {
		return usage()
	}
	due, err := ws.Planner.Today(env.Ctx, env.Lang)
	if err != nil {
		return err
	}
	type dueJSON struct {
		Start string `json:"start"`
		Group string `json:"group"`
		Title string `json:"title"`
		Done  bool   `json:"done"`
		Text  string `json:"text"`
	}
	out := make([]dueJSON, 0, len(due))
	for _, d := range due {
		out = append(out, dueJSON{planner.Wall(d.Start), d.GroupName, d.Title, d.DoneAt != nil, d.Text})
	}
	return printJSON(env.Stdout, out)
}
