package cli

import (
	"qunzhu/app"
	"qunzhu/backend/workspace"
)

// keywordsHits brings the hits up to date (progress on stderr) and prints
// a page of them, newest first.
func keywordsHits(env *Env, ws *workspace.Workspace, args []string) error {
	fs := newFlags("keywords hits")
	group, word := fs.String("group", "", ""), fs.String("word", "", "")
	var f app.HitFilterDTO
	fs.StringVar(&f.Category, "category", "", "")
	fs.IntVar(&f.Severity, "severity", 0, "")
	fs.StringVar(&f.State, "state", "", "")
	fs.StringVar(&f.From, "from", "", "")
	fs.StringVar(&f.To, "to", "", "")
	fs.IntVar(&f.Limit, "limit", 100, "")
	fs.IntVar(&f.Offset, "offset", 0, "")
	fs.Bool("json", true, "")
	if fs.Parse(args) != nil || fs.NArg() > 0 {
		return usage()
	}
	var err error
	if f.GroupID, err = groupID(env, ws, *group); err != nil {
		return err
	}
	if f.WordID, err = wordID(env, ws, *word); err != nil {
		return err
	}
	filter, err := f.ToDomain()
	if err != nil {
		return err
	}
	if _, err := ws.Keywords.Scan(env.Ctx, progressLines(env.Stderr)); err != nil {
		return err
	}
	page, err := ws.Keywords.Hits(env.Ctx, filter)
	if err != nil {
		return err
	}
	hits := make([]app.HitDTO, len(page.Hits))
	for i, h := range page.Hits {
		hits[i] = app.ToHitDTO(h)
	}
	return printJSON(env.Stdout, map[string]any{"total": page.Total, "hits": hits})
}

// wordID finds a listed word by its text, as folded for matching.
func wordID(env *Env, ws *workspace.Workspace, text string) (int64, error) {
	if text == "" {
		return 0, nil
	}
	return ws.Keywords.Find(env.Ctx, text)
}
