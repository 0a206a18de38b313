package invites

import (
	"slices"
	"strings"
	"unicode/utf8"

	"qunzhu/backend/errs"
	"qunzhu/backend/invites/template"
)

// Purposes of a template: the seeds' cases, plus the creator's own.
var Purposes = []string{"core", "cocreation", "welfare", "seat", "reinvite", "care", "custom"}

// Limits of a template.
const (
	MaxName     = 40
	MaxVariants = 5
)

// Variant is one version of a template's body, labelled A, B, ...
type Variant struct {
	Label string
	Body  string
}

// Template is a stored invitation template.
type Template struct {
	ID int64
	TemplateInput
	CreatedAt, UpdatedAt string
}

// TemplateInput is what the editor saves.
type TemplateInput struct {
	Name     string
	Purpose  string
	Variants []Variant
}

// Normalize trims the name and labels the variants A, B, C ... in order.
func (in *TemplateInput) Normalize() {
	in.Name = strings.TrimSpace(in.Name)
	in.Purpose = strings.TrimSpace(in.Purpose)
	if in.Purpose == "" {
		in.Purpose = "custom"
	}
	for i := range in.Variants {
		in.Variants[i].Label = string(rune('A' + i))
	}
}

// Validate returns an Invalid error naming every bad field.
func (in TemplateInput) Validate() error {
	f := errs.Fields{}
	if in.Name == "" {
		f.Add("name", "err.field.required", nil)
	}
	if utf8.RuneCountInString(in.Name) > MaxName {
		f.Add("name", "err.field.too_long", errs.Params{"Max": MaxName})
	}
	if !slices.Contains(Purposes, in.Purpose) {
		f.Add("purpose", "err.invites.purpose", errs.Params{"Value": in.Purpose})
	}
	if len(in.Variants) < 1 || len(in.Variants) > MaxVariants {
		f.Add("variants", "err.field.range", errs.Params{"Min": 1, "Max": MaxVariants})
	}
	for _, v := range in.Variants {
		if strings.TrimSpace(v.Body) == "" {
			f.Add("variants", "err.invites.empty_body", errs.Params{"Label": v.Label})
		} else if len(v.Body) > template.MaxBody {
			f.Add("variants", "err.invites.body_too_big", errs.Params{"Label": v.Label, "Max": template.MaxBody})
		}
	}
	return f.Err()
}
