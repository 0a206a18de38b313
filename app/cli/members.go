package cli

import (
	"path/filepath"
	"strconv"
	"strings"

	"qunzhu/app"
	"qunzhu/backend/errs"
	"qunzhu/backend/memberimport"
	"qunzhu/backend/members"
	"qunzhu/backend/workspace"
	"qunzhu/locales"
)

func runMembers(env *Env) error {
	if len(env.Args) < 2 {
		return usage()
	}
	sub := map[string]func(*Env, *workspace.Workspace, []string) error{
		"import": membersImport, "list": membersList, "export": membersExport,
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

// membersImport imports a file in one transaction and prints the report.
func membersImport(env *Env, ws *workspace.Workspace, args []string) error {
	fs := newFlags("members import")
	group := fs.String("group", "", "")
	onDup := fs.String("on-duplicate", members.OnDuplicateUpdate, "")
	skip := fs.Bool("skip-invalid", false, "")
	platform := fs.String("platform", "", "")
	sheet := fs.String("sheet", "", "")
	choose := fs.String("choose", "", "")
	file, rest := firstArg(args)
	if file == "" || fs.Parse(rest) != nil || fs.NArg() > 0 {
		return usage()
	}
	choices, ok := parseChoices(*choose)
	if !ok {
		return usage()
	}
	req := memberimport.Request{Source: memberimport.Source{Path: file, Sheet: *sheet}, Platform: *platform,
		OnDuplicate: *onDup, SkipInvalid: *skip, Choices: choices}
	var err error
	if req.GroupID, err = groupID(env, ws, *group); err != nil {
		return err
	}
	rep, err := ws.Imports.Run(env.Ctx, req, progressLines(env.Stderr))
	if e := errs.As(err); err != nil && e.Key != "err.import.invalid_rows" {
		return err
	}
	if perr := printJSON(env.Stdout, importReport(rep, env.Lang)); perr != nil {
		return perr
	}
	return err
}

// firstArg takes the positional FILE wherever it stands among the flags.
func firstArg(args []string) (string, []string) {
	for i, a := range args {
		if !strings.HasPrefix(a, "-") && (i == 0 || !takesValue(args[i-1])) {
			return a, append(append([]string{}, args[:i]...), args[i+1:]...)
		}
	}
	return "", args
}

func takesValue(flag string) bool {
	name := strings.TrimLeft(flag, "-")
	return !strings.Contains(name, "=") && name != "skip-invalid" && name != "json"
}

type reportJSON struct {
	Added     int                `json:"added"`
	Updated   int                `json:"updated"`
	Skipped   int                `json:"skipped"`
	Invalid   []invalidJSON      `json:"invalid"`
	Ambiguous []app.AmbiguityDTO `json:"ambiguous"`
}

type invalidJSON struct {
	Row    int    `json:"row"`
	Field  string `json:"field"`
	Reason string `json:"reason"`
}

func importReport(rep members.Report, lang string) reportJSON {
	out := reportJSON{Added: rep.Added, Updated: rep.Updated, Skipped: rep.Skipped, Invalid: []invalidJSON{},
		Ambiguous: app.ToAmbiguityDTOs(rep.Ambiguous)}
	for _, p := range rep.Invalid {
		out.Invalid = append(out.Invalid, invalidJSON{Row: p.Row, Field: p.Field, Reason: locales.Localize(lang, p.Key, p.Params)})
	}
	return out
}

func groupID(env *Env, ws *workspace.Workspace, name string) (int64, error) {
	if name == "" {
		return 0, nil
	}
	g, err := ws.Groups.FindByName(env.Ctx, name)
	return g.ID, err
}

// selection reads --search, --group and --segment into a filter.
func selection(env *Env, ws *workspace.Workspace, search, group, segment string) (members.Filter, error) {
	f := members.Filter{}
	if segment != "" {
		sg, err := ws.Members.SegmentByName(env.Ctx, segment)
		if err != nil {
			return f, err
		}
		f = sg.Filter
	}
	if search != "" {
		f.Search = search
	}
	id, err := groupID(env, ws, group)
	if id != 0 {
		f.GroupID = id
	}
	return f, err
}

func membersList(env *Env, ws *workspace.Workspace, args []string) error {
	fs := newFlags("members list")
	search, group, segment := fs.String("search", "", ""), fs.String("group", "", ""), fs.String("segment", "", "")
	limit, sort := fs.Int("limit", 100, ""), fs.String("sort", "", "")
	desc := fs.Bool("desc", false, "")
	tier, stage := fs.String("tier", "", ""), fs.String("stage", "", "")
	fs.Bool("json", true, "")
	if fs.Parse(args) != nil || fs.NArg() > 0 {
		return usage()
	}
	f, err := selection(env, ws, *search, *group, *segment)
	if err != nil {
		return err
	}
	if *tier != "" {
		f.Tiers = strings.Split(*tier, ",")
	}
	if *stage != "" {
		f.Stages = strings.Split(*stage, ",")
	}
	rows, err := ws.Members.List(env.Ctx, members.Query{Filter: f, Sort: *sort, Desc: *desc, Limit: *limit})
	if err != nil {
		return err
	}
	total, err := ws.Members.Count(env.Ctx, f)
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, map[string]any{"total": total, "members": app.ToRowDTOs(rows, env.Lang)})
}

func membersExport(env *Env, ws *workspace.Workspace, args []string) error {
	fs := newFlags("members export")
	out := fs.String("out", "", "")
	search, group, segment := fs.String("search", "", ""), fs.String("group", "", ""), fs.String("segment", "", "")
	if fs.Parse(args) != nil || fs.NArg() > 0 || *out == "" {
		return usage()
	}
	f, err := selection(env, ws, *search, *group, *segment)
	if err != nil {
		return err
	}
	format := strings.TrimPrefix(strings.ToLower(filepath.Ext(*out)), ".")
	abs, _ := filepath.Abs(*out)
	req, err := app.ExportRequestDTO{Columns: members.ExportColumns, Format: format, Path: abs}.ExportRequest(env.Lang)
	if err != nil {
		return err
	}
	req.Filter = &f
	n, err := ws.Members.Export(env.Ctx, req)
	if err != nil {
		return err
	}
	return printJSON(env.Stdout, map[string]any{"export": abs, "rows": n})
}

// parseChoices reads --choose ROW=ID,ROW=new: which member each ambiguous
// row is ("new": a new member).
func parseChoices(s string) (map[int]int64, bool) {
	if s == "" {
		return nil, true
	}
	out := map[int]int64{}
	for _, pair := range strings.Split(s, ",") {
		row, member, found := strings.Cut(strings.TrimSpace(pair), "=")
		r, err := strconv.Atoi(row)
		if !found || err != nil {
			return nil, false
		}
		if member == "new" {
			out[r] = 0
			continue
		}
		id, err := strconv.ParseInt(member, 10, 64)
		if err != nil || id <= 0 {
			return nil, false
		}
		out[r] = id
	}
	return out, true
}
