package cli

import (
	"time"

	"qunzhu/backend/sample"
)

// runSample fills an empty database with the demo workspace:
// sample [--members N] [--months M] [--seed S] [--date YYYY-MM-DD].
func runSample(env *Env) error {
	o := sample.Defaults(time.Now(), env.Lang)
	fs := newFlags("sample")
	fs.IntVar(&o.Members, "members", o.Members, "about this many members")
	fs.IntVar(&o.Months, "months", o.Months, "months of activity")
	fs.Uint64Var(&o.Seed, "seed", o.Seed, "same seed, same data")
	date := fs.String("date", "", "the last day of activity (default today)")
	if fs.Parse(env.Args[1:]) != nil || fs.NArg() > 0 {
		return usage()
	}
	if *date != "" {
		d, err := time.Parse("2006-01-02", *date)
		if err != nil {
			return usage()
		}
		o.Now = d
	}
	o.Progress = progressLines(env.Stderr) // {"done":..,"total":..} lines; Ctrl-C (env.Ctx) keeps nothing
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	rep, err := sample.Create(env.Ctx, ws, o)
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, map[string]int{"groups": rep.Groups, "members": rep.Members, "events": rep.Events,
		"polls": rep.Polls, "lotteries": rep.Lotteries, "invitations": rep.Invitations, "planItems": rep.PlanItems,
		"admins": rep.Admins, "violations": rep.Violations})
}
