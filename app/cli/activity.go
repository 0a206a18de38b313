package cli

import (
	"time"

	"qunzhu/backend/activity"
	"qunzhu/backend/workspace"
)

func runActivity(env *Env) error {
	if len(env.Args) < 2 || env.Args[1] != "import" {
		return usage()
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	return activityImport(env, ws, env.Args[2:])
}

// activityReport is what `activity import` prints.
type activityReport struct {
	Format     string `json:"format"`
	Messages   int    `json:"messages"`
	Duplicates int    `json:"duplicates"`
	Members    int    `json:"members"`
	NewMembers int    `json:"newMembers"`
	Skipped    int    `json:"skipped"`
	Ambiguous  int    `json:"ambiguous"`
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
	return printJSON(env.Stdout, activityReport{Format: rep.Format, Messages: rep.Events, Duplicates: rep.Duplicates,
		Members: rep.Members, NewMembers: rep.NewMembers, Skipped: rep.Skipped, Ambiguous: len(rep.Ambiguous)})
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
