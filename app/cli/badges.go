package cli

import (
	"qunzhu/app"
	"qunzhu/backend/badges"
)

// runBadges: `badges list [--group NAME] [--badge B] --json` prints the
// badges members hold (newest first; each with the day it was earned, and
// whether a rule or a creator's hand gave it), `badges evaluate` works the
// rule badges out again and prints how many members hold each.
func runBadges(env *Env) error {
	if len(env.Args) < 2 {
		return usage()
	}
	switch env.Args[1] {
	case "list":
		return runBadgesList(env)
	case "evaluate":
		return runBadgesEvaluate(env)
	}
	return usage()
}

func runBadgesList(env *Env) error {
	fs := newFlags("badges list")
	group, badge := fs.String("group", "", ""), fs.String("badge", "", "")
	fs.Bool("json", true, "")
	if fs.Parse(env.Args[2:]) != nil || fs.NArg() > 0 {
		return usage()
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	q := badges.Query{Badge: *badge}
	if *group != "" {
		if q.GroupID, err = groupID(env, ws, *group); err != nil {
			return err
		}
	}
	set, err := ws.Badges.Settings(env.Ctx)
	if err != nil {
		return err
	}
	hs, err := ws.Badges.List(env.Ctx, q)
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, map[string]any{"badges": app.ToBadgeHoldingDTOs(hs, env.Lang, set)})
}

func runBadgesEvaluate(env *Env) error {
	if len(env.Args) > 2 {
		return usage()
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	sum, err := ws.Badges.Evaluate(env.Ctx, func(int, int) {})
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, sum)
}
