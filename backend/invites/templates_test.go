package invites

import (
	"testing"

	"qunzhu/backend/errs"
	"qunzhu/backend/invites/template"
)

func TestStartersInEachLanguage(t *testing.T) {
	for _, lang := range []string{"zh-CN", "zh-TW", "en"} {
		c := NewChecker(defaults(), lang)
		for _, in := range Starters(lang) {
			if err := in.Validate(); err != nil {
				t.Errorf("%s %s: %v", lang, in.Purpose, err)
			}
			for _, v := range in.Variants {
				tpl := template.Parse(v.Body)
				if ps := c.Body(tpl); len(ps) > 0 {
					t.Errorf("%s %s %s: %v", lang, in.Purpose, v.Label, ps)
				}
				if tpl.Choices == 0 && in.Purpose != "seat" {
					t.Errorf("%s %s %s has no variations", lang, in.Purpose, v.Label)
				}
			}
		}
	}
}

func TestTemplatesSeededOnceAndSaved(t *testing.T) {
	f := newFixture(t)
	ts, err := f.svc.Templates(ctx, "en")
	if err != nil || len(ts) != len(starters) {
		t.Fatalf("seeded %d, %v", len(ts), err)
	}
	if err := f.svc.DeleteTemplate(ctx, ts[0].ID); err != nil {
		t.Fatal(err)
	}
	if ts, _ = f.svc.Templates(ctx, "zh-CN"); len(ts) != len(starters)-1 {
		t.Errorf("after a delete: %d templates (seeding must not repeat)", len(ts))
	}
	saved, err := f.svc.SaveTemplate(ctx, ts[0].ID, TemplateInput{Name: " 新名字 ", Purpose: "care",
		Variants: []Variant{{Body: "a"}, {Body: "b"}, {Body: "c"}}})
	if err != nil || saved.Name != "新名字" || len(saved.Variants) != 3 || saved.Variants[2].Label != "C" {
		t.Fatalf("save: %+v %v", saved, err)
	}
	_, err = f.svc.SaveTemplate(ctx, 0, TemplateInput{Name: "新名字", Variants: []Variant{{Body: "x"}}})
	if errs.CodeOf(err) != errs.Conflict {
		t.Errorf("same name: %v", err)
	}
	_, err = f.svc.SaveTemplate(ctx, 0, TemplateInput{Name: "", Purpose: "x", Variants: []Variant{{Body: " "}}})
	if e := errs.As(err); e.Code != errs.Invalid || len(e.Fields) != 3 {
		t.Errorf("invalid: %v", err)
	}
}
