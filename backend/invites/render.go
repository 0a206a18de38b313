package invites

import (
	"context"
	"fmt"

	"qunzhu/backend/errs"
	"qunzhu/backend/invites/template"
	"qunzhu/backend/members"
)

// RenderRequest drafts a template for a selection. Variants, when set,
// replace the stored template's bodies (the editor's unsaved text; the
// CLI's template file).
type RenderRequest struct {
	TemplateID int64
	Variants   []Variant
	Selection  Selection
	Lang       string
}

// Drafted is one recipient's invitation before it is stored.
type Drafted struct {
	Member  members.Row
	Variant string
	Text    string
	skel    string
}

// Warning is a problem with how many drafts it concerns.
type Warning struct {
	template.Problem
	Variant string // "" for the whole batch
	Count   int
}

// Rendering is a drafted selection.
type Rendering struct {
	Recipients
	Drafts   []Drafted
	Warnings []Warning
}

// Render drafts an invitation for every recipient of the selection without
// storing anything.
func (s *Service) Render(ctx context.Context, r RenderRequest) (Rendering, error) {
	vs, err := s.variants(ctx, r)
	if err != nil {
		return Rendering{}, err
	}
	tpls := make([]*template.Template, len(vs))
	for i, v := range vs {
		if tpls[i] = template.Parse(v.Body); tpls[i].Errors() {
			return Rendering{}, errs.New(errs.Invalid, "err.invites.template_errors", errs.Params{"Label": v.Label})
		}
	}
	rec, err := s.Resolve(ctx, r.Selection)
	if err != nil {
		return Rendering{}, err
	}
	if rec.Invite > MaxRecipients {
		return Rendering{}, errs.New(errs.Invalid, "err.invites.too_many", errs.Params{"Max": MaxRecipients, "Count": rec.Invite})
	}
	st, err := s.Settings(ctx)
	if err != nil {
		return Rendering{}, err
	}
	levels, err := s.levelsOf(ctx, memberIDs(rec.Members), r.Lang)
	if err != nil {
		return Rendering{}, err
	}
	out := Rendering{Recipients: rec}
	w := newWarnings(NewChecker(st, r.Lang))
	for _, m := range rec.Members {
		seed := template.Seed{Template: r.TemplateID, Member: m.ID}
		i := seed.Pick(-1, len(tpls))
		got := tpls[i].Render(values(m, rec.Group, st, r.Lang, levels[m.ID]), seed)
		out.Drafts = append(out.Drafts, Drafted{Member: m, Variant: vs[i].Label, Text: got.Text, skel: vs[i].Label + got.Skeleton})
		w.draft(tpls[i], vs[i].Label, got, m.Platform)
	}
	out.Warnings = w.list(out.Drafts)
	return out, nil
}

// variants are the request's bodies, or the stored template's.
func (s *Service) variants(ctx context.Context, r RenderRequest) ([]Variant, error) {
	if len(r.Variants) > 0 {
		in := TemplateInput{Name: "-", Variants: r.Variants}
		in.Normalize()
		return in.Variants, in.Validate()
	}
	t, err := s.Template(ctx, r.TemplateID)
	return t.Variants, err
}

// warnings gathers the problems of a batch, counting the drafts each concerns.
type warnings struct {
	c      *Checker
	seen   map[string]*Warning
	order  []string
	bodies map[string][]template.Problem
}

func newWarnings(c *Checker) *warnings {
	return &warnings{c: c, seen: map[string]*Warning{}, bodies: map[string][]template.Problem{}}
}

func (w *warnings) add(label string, p template.Problem) {
	k := fmt.Sprint(label, p.Key, p.Span, p.Params)
	if x, ok := w.seen[k]; ok {
		x.Count++
		return
	}
	w.seen[k] = &Warning{Problem: p, Variant: label, Count: 1}
	w.order = append(w.order, k)
}

// draft records one draft's problems: its variant's body problems (once a
// draft), the fields that came out empty and the length over the limit.
func (w *warnings) draft(t *template.Template, label string, got template.Rendered, platform string) {
	body, ok := w.bodies[label]
	if !ok {
		body = w.c.Body(t)
		w.bodies[label] = body
	}
	for _, p := range body {
		w.add(label, p)
	}
	for _, p := range got.Problems {
		w.add(label, p)
	}
	for _, p := range w.c.Length(got.Text, platform) {
		p.Key, p.Span = "ui.invites.check.too_long_batch", template.Span{}
		p.Params = map[string]any{"Platform": p.Params["Platform"], "Limit": p.Params["Limit"]}
		w.add(label, p)
	}
}

func (w *warnings) list(drafts []Drafted) []Warning {
	skels := make([]string, len(drafts))
	for i, d := range drafts {
		skels[i] = d.skel
	}
	out := []Warning{}
	for _, k := range w.order {
		x := *w.seen[k]
		x.Params = withCount(x.Params, x.Count)
		out = append(out, x)
	}
	for _, p := range w.c.Identical(skels) {
		out = append(out, Warning{Problem: p, Count: p.Params["Count"].(int)})
	}
	return out
}

func withCount(p map[string]any, n int) map[string]any {
	out := map[string]any{"Count": n}
	for k, v := range p {
		out[k] = v
	}
	return out
}

func memberIDs(rows []members.Row) []int64 {
	out := make([]int64, len(rows))
	for i, m := range rows {
		out[i] = m.ID
	}
	return out
}
