package cli

import (
	"os"
	"strings"

	"qunzhu/backend/errs"
	"qunzhu/backend/invites"
	"qunzhu/backend/invites/template"
	"qunzhu/backend/workspace"
	"qunzhu/locales"
)

func runInvites(env *Env) error {
	if len(env.Args) < 2 || (env.Args[1] != "render" && env.Args[1] != "rewards") {
		return usage()
	}
	ws, err := open(env)
	if err != nil {
		return err
	}
	defer ws.Close()
	if env.Args[1] == "rewards" {
		return invitesRewards(env, ws, env.Args[2:])
	}
	return invitesRender(env, ws, env.Args[2:])
}

// invitesRender drafts the template file (a line holding only --- starts
// the next A/B variant) or a stored template (--template NAME) for the
// recipients and writes one CSV row each (nickname, platform, platformId,
// text); nothing is stored.
func invitesRender(env *Env, ws *workspace.Workspace, args []string) error {
	fs := newFlags("invites render")
	file := fs.String("template-file", "", "")
	stored := fs.String("template", "", "")
	segment := fs.String("segment", "", "")
	group := fs.String("group", "", "")
	out := fs.String("out", "", "")
	if fs.Parse(args) != nil || fs.NArg() > 0 || (*file == "") == (*stored == "") || invites.FormatOf(*out) == "" {
		return usage()
	}
	req, err := renderRequest(env, ws, *file, *stored)
	if err != nil {
		return err
	}
	if req.Selection, err = renderSelection(env, ws, *segment, *group); err != nil {
		return err
	}
	r, err := ws.Invites.Render(env.Ctx, req)
	if err != nil {
		return err
	}
	rows := [][]string{{"nickname", "platform", "platformId", "text"}}
	for _, d := range r.Drafts {
		rows = append(rows, []string{d.Member.Nickname, d.Member.Platform, d.Member.PlatformID, d.Text})
	}
	if err := invites.WriteSheet(*out, invites.FormatOf(*out), rows); err != nil {
		return err
	}
	return printJSON(env.Stdout, map[string]any{"drafts": len(r.Drafts), "warnings": warningsJSON(r, req, env.Lang)})
}

// renderRequest drafts a template file, or a stored template (then the
// variations come out as in the window's batches).
func renderRequest(env *Env, ws *workspace.Workspace, file, stored string) (invites.RenderRequest, error) {
	req := invites.RenderRequest{Lang: env.Lang}
	if stored != "" {
		if _, err := ws.Invites.Templates(env.Ctx, env.Lang); err != nil { // the starters, the first time
			return req, err
		}
		t, err := ws.Invites.TemplateByName(env.Ctx, stored)
		req.TemplateID, req.Variants = t.ID, t.Variants
		return req, err
	}
	body, err := os.ReadFile(file)
	if err != nil {
		return req, errs.New(errs.Invalid, "err.import.file", errs.Params{"Path": file})
	}
	req.Variants = splitVariants(string(body))
	return req, nil
}

// renderSelection: a segment's members, or with only a group the fans who
// meet its entry conditions; a group also fills {群名}/{群口令} and skips
// its members.
func renderSelection(env *Env, ws *workspace.Workspace, segment, group string) (invites.Selection, error) {
	var sel invites.Selection
	var err error
	if sel.GroupID, err = groupID(env, ws, group); err != nil {
		return sel, err
	}
	if segment != "" {
		sg, err := ws.Members.SegmentByName(env.Ctx, segment)
		if err != nil {
			return sel, err
		}
		sel.SegmentID = sg.ID
	} else if sel.GroupID != 0 {
		sel.Preset = "entry"
	}
	return sel, nil
}

func splitVariants(body string) []invites.Variant {
	body = strings.TrimPrefix(strings.ReplaceAll(body, "\r\n", "\n"), "\uFEFF")
	var out []invites.Variant
	for _, part := range strings.Split(body, "\n---\n") {
		out = append(out, invites.Variant{Body: strings.TrimRight(part, "\n")})
	}
	return out
}

type warningJSON struct {
	Level   string `json:"level"`
	Key     string `json:"key"`
	Message string `json:"message"`
	Variant string `json:"variant,omitempty"`
	Count   int    `json:"count"`
	Line    int    `json:"line,omitempty"`
	Col     int    `json:"col,omitempty"`
}

func warningsJSON(r invites.Rendering, req invites.RenderRequest, lang string) []warningJSON {
	bodies := map[string]string{}
	for i, v := range req.Variants {
		bodies[string(rune('A'+i))] = v.Body
	}
	out := []warningJSON{}
	for _, w := range r.Warnings {
		j := warningJSON{Level: w.Level, Key: w.Key, Message: locales.Localize(lang, w.Key, w.Params), Variant: w.Variant, Count: w.Count}
		if body, ok := bodies[w.Variant]; ok && w.Span != (template.Span{}) {
			p := template.Locate(body, w.Span.Start)
			j.Line, j.Col = p.Line, p.Col
		}
		out = append(out, j)
	}
	return out
}
