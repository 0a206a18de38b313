package cli

import (
	"time"

	"qunzhu/app"
	"qunzhu/backend/dashboard"
	"qunzhu/backend/errs"
	"qunzhu/backend/workspace"
)

// runDashboard: `dashboard [--group NAME] [--days N | --from D --to D]
// --json` prints the dashboard of a group (or all groups) over the last N
// days (30) or from D to D, both YYYY-MM-DD, inclusive.
func runDashboard(env *Env) error {
	return scoped(env, "dashboard", func(ws *workspace.Workspace, r dashboard.Request) (any, error) {
		d, err := ws.Dashboard.Get(env.Ctx, r)
		return app.ToDashboardDTO(d), err
	})
}

// runHealth: `health [--group NAME] [--days N | --from D --to D] --json`
// prints Group health for the same scope and period: the dashboard's KPIs
// (package kpi) and when the messages came.
func runHealth(env *Env) error {
	return scoped(env, "health", func(ws *workspace.Workspace, r dashboard.Request) (any, error) {
		h, err := ws.Activity.Health(env.Ctx, r.GroupID, r.From, r.To.AddDate(0, 0, 1))
		return app.ToHealthDTO(h), err
	})
}

// scoped reads a command's group and period, opens the workspace, and
// prints what report makes of them as JSON.
func scoped(env *Env, name string, report func(*workspace.Workspace, dashboard.Request) (any, error)) error {
	fs := newFlags(name)
	group, from, to := fs.String("group", "", ""), fs.String("from", "", ""), fs.String("to", "", "")
	days := fs.Int("days", 30, "")
	fs.Bool("json", true, "")
	if fs.Parse(env.Args[1:]) != nil || fs.NArg() > 0 || *days < 1 || (*from == "") != (*to == "") {
		return usage()
	}
	r, err := period(*from, *to, *days, time.Now())
	if err != nil {
		return err
	}
	if err := r.Validate(); err != nil {
		return err
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	if r.GroupID, err = groupID(env, ws, *group); err != nil {
		return err
	}
	out, err := report(ws, r)
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, out)
}

// period is from to to, or the days days ending today.
func period(from, to string, days int, now time.Time) (dashboard.Request, error) {
	if from == "" {
		today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
		return dashboard.Request{From: today.AddDate(0, 0, 1-days), To: today}, nil
	}
	start, err1 := time.Parse(time.DateOnly, from)
	end, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil {
		f := errs.Fields{}
		f.Add("period", "err.field.date", errs.Params{"Value": from + " – " + to})
		return dashboard.Request{}, f.Err()
	}
	return dashboard.Request{From: start, To: end}, nil
}
