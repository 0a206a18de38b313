package cli

import (
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/workspace"
	"qunzhu/locales"
)

func runActivity(env *Env) error {
	if len(env.Args) < 2 || env.Args[1] != "import" && env.Args[1] != "paste" {
		return usage()
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	if env.Args[1] == "paste" {
		return activityPaste(env, ws, env.Args[2:])
	}
	return activityImport(env, ws, env.Args[2:])
}

// activityReport is what `activity import` prints. Skipped counts the
// lines that could not be read (left out, the rest stored); Problems names
// the first of them.
type activityReport struct {
	Format     string        `json:"format"`
	Messages   int           `json:"messages"`
	Duplicates int           `json:"duplicates"`
	Members    int           `json:"members"`
	NewMembers int           `json:"newMembers"`
	Skipped    int           `json:"skipped"`
	Ambiguous  int           `json:"ambiguous"`
	Problems   []lineProblem `json:"problems"`
}

// lineProblem is a line left out and why.
type lineProblem struct {
	Line   int    `json:"line"`
	Reason string `json:"reason"`
}

func newActivityReport(rep activity.Report, lang string) activityReport {
	out := activityReport{Format: rep.Format, Messages: rep.Events, Duplicates: rep.Duplicates, Members: rep.Members,
		NewMembers: rep.NewMembers, Skipped: rep.Skipped, Ambiguous: len(rep.Ambiguous), Problems: []lineProblem{}}
	for _, p := range rep.Problems {
		out.Problems = append(out.Problems, lineProblem{Line: p.Line, Reason: locales.Localize(lang, p.Key, map[string]any{"Line": p.Line})})
	}
	return out
}

// activityImport stores a chat export's events in one transaction,
// reporting progress on stderr, then re-scores the tiers.
func activityImport(env *Env, ws *workspace.Workspace, args []string) error {
	fs := newFlags("activity import")
	group := fs.String("group", "", "")
	platform := fs.String("platform", "", "")
	file, rest := firstArg(args)
	if file == "" || fs.Parse(rest) != nil || fs.NArg() > 0 {
		return usage()
	}
	req := activity.Request{Path: file, Platform: *platform}
	var err error
	if req.GroupID, err = groupID(env, ws, *group); err != nil {
		return err
	}
	return storeActivity(env, ws, req)
}

// storeActivity imports what req names in one transaction, reporting
// progress on stderr, then re-scores the tiers and prints the report.
func storeActivity(env *Env, ws *workspace.Workspace, req activity.Request) error {
	rep, err := ws.Activity.Import(env.Ctx, req, progressLines(env.Stderr))
	if err != nil {
		return err
	}
	if _, err := ws.Activity.Recompute(env.Ctx, time.Now()); err != nil {
		return err
	}
	if err := scanNewMessages(env, ws); err != nil {
		return err
	}
	return printJSON(env.Stdout, newActivityReport(rep, env.Lang))
}

// scanNewMessages matches the imported messages against the keyword watch
// list, as the window does after an import (all messages when the list
// changed since its last scan); a list never set up is left alone.
func scanNewMessages(env *Env, ws *workspace.Workspace) error {
	st, err := ws.Keywords.State(env.Ctx)
	if err != nil || !st.Seeded {
		return err
	}
	_, err = ws.Keywords.Scan(env.Ctx, nil)
	return err
}
