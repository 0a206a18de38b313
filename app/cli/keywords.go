package cli

import (
	"strconv"

	"qunzhu/app"
	"qunzhu/backend/errs"
	"qunzhu/backend/keywords"
	"qunzhu/backend/workspace"
)

// runKeywords: the keyword watch list and its hits.
func runKeywords(env *Env) error {
	subs := map[string]func(*Env, *workspace.Workspace, []string) error{
		"list": keywordsList, "hits": keywordsHits, "add": keywordsAdd, "delete": keywordsDelete, "scan": keywordsScan,
	}
	if len(env.Args) < 2 || subs[env.Args[1]] == nil {
		return usage()
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	if _, err := ws.Keywords.Seed(env.Ctx, env.Lang); err != nil {
		return err
	}
	return subs[env.Args[1]](env, ws, env.Args[2:])
}

func keywordsList(env *Env, ws *workspace.Workspace, args []string) error {
	fs := newFlags("keywords list")
	fs.Bool("json", true, "")
	if fs.Parse(args) != nil || fs.NArg() > 0 {
		return usage()
	}
	list, err := ws.Keywords.List(env.Ctx)
	out := make([]app.WatchWordDTO, len(list))
	for i, e := range list {
		out[i] = app.ToWatchWordDTO(e)
	}
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, out)
}

// keywordsAdd adds a word; the next hits or scan finds its hits.
func keywordsAdd(env *Env, ws *workspace.Workspace, args []string) error {
	fs := newFlags("keywords add")
	category, note := fs.String("category", keywords.Custom, ""), fs.String("note", "", "")
	severity := fs.Int("severity", keywords.SeverityWarn, "")
	text, rest := firstArg(args)
	if text == "" || fs.Parse(rest) != nil || fs.NArg() > 0 {
		return usage()
	}
	e, err := ws.Keywords.Add(env.Ctx, keywords.Word{Text: text, Category: *category, Severity: *severity, Note: *note})
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, app.ToWatchWordDTO(e))
}

func keywordsDelete(env *Env, ws *workspace.Workspace, args []string) error {
	if len(args) != 1 {
		return usage()
	}
	id, err := strconv.ParseInt(args[0], 10, 64)
	if err != nil {
		return errs.New(errs.NotFound, "err.keywords.not_found", errs.Params{"ID": args[0]})
	}
	if err := ws.Keywords.Delete(env.Ctx, id); err != nil {
		return err
	}
	return printJSON(env.Stdout, map[string]any{"deleted": id})
}

// keywordsScan brings the hits up to date, progress on stderr.
func keywordsScan(env *Env, ws *workspace.Workspace, args []string) error {
	if len(args) > 0 {
		return usage()
	}
	rep, err := ws.Keywords.Scan(env.Ctx, progressLines(env.Stderr))
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, map[string]any{"full": rep.Full, "events": rep.Events, "hits": rep.Hits})
}
