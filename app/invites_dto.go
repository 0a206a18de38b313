package app

import (
	"qunzhu/backend/invites"
	"qunzhu/backend/invites/template"
	"qunzhu/locales"
)

// InviteProblemDTO is a check's finding, its span in UTF-16 units of the text it
// was found in (as a text area counts), with its line and column.
type InviteProblemDTO struct {
	Level   string         `json:"level"` // error, warning
	Key     string         `json:"key"`
	Params  map[string]any `json:"params"`
	Message string         `json:"message"`
	Start   int            `json:"start"`
	End     int            `json:"end"`
	Line    int            `json:"line"`
	Col     int            `json:"col"`
}

func toInviteProblemDTOs(text string, ps []template.Problem, lang string) []InviteProblemDTO {
	out := make([]InviteProblemDTO, len(ps))
	for i, p := range ps {
		from, to := template.Locate(text, p.Span.Start), template.Locate(text, p.Span.End)
		if p.Params == nil {
			p.Params = map[string]any{}
		}
		out[i] = InviteProblemDTO{Level: p.Level, Key: p.Key, Params: p.Params, Message: locales.Localize(lang, p.Key, p.Params),
			Start: from.UTF16, End: to.UTF16, Line: from.Line, Col: from.Col}
	}
	return out
}

// InviteVariantDTO is one A/B version of a template.
type InviteVariantDTO struct {
	Label string `json:"label"`
	Body  string `json:"body"`
}

// InviteTemplateDTO is a stored template.
type InviteTemplateDTO struct {
	ID        int64              `json:"id"`
	Name      string             `json:"name"`
	Purpose   string             `json:"purpose"`
	Variants  []InviteVariantDTO `json:"variants"`
	UpdatedAt string             `json:"updatedAt"`
}

// InviteTemplateInputDTO is what the editor saves.
type InviteTemplateInputDTO struct {
	Name     string             `json:"name"`
	Purpose  string             `json:"purpose"`
	Variants []InviteVariantDTO `json:"variants"`
}

func (in InviteTemplateInputDTO) toDomain() invites.TemplateInput {
	out := invites.TemplateInput{Name: in.Name, Purpose: in.Purpose}
	for _, v := range in.Variants {
		out.Variants = append(out.Variants, invites.Variant{Label: v.Label, Body: v.Body})
	}
	return out
}

func toInviteTemplateDTO(t invites.Template) InviteTemplateDTO {
	out := InviteTemplateDTO{ID: t.ID, Name: t.Name, Purpose: t.Purpose, UpdatedAt: t.UpdatedAt, Variants: []InviteVariantDTO{}}
	for _, v := range t.Variants {
		out.Variants = append(out.Variants, InviteVariantDTO(v))
	}
	return out
}

// InvitePreviewRequestDTO asks for the editor's live preview.
type InvitePreviewRequestDTO struct {
	Body       string `json:"body"`
	TemplateID int64  `json:"templateId"`
	MemberID   int64  `json:"memberId"`
	GroupID    int64  `json:"groupId"`
}

// InvitePreviewDTO is the live preview: problems in the body, the text for the
// member with its own checks, and the length against the platform limit.
type InvitePreviewDTO struct {
	Problems  []InviteProblemDTO `json:"problems"`
	Text      string             `json:"text"`
	Checks    []InviteProblemDTO `json:"checks"` // spans in text
	Length    int                `json:"length"`
	Limit     int                `json:"limit"`
	Platform  string             `json:"platform"`
	Fields    []string           `json:"fields"`
	Skeletons int                `json:"skeletons"`
}

func toInvitePreviewDTO(body string, p invites.Preview, lang string) InvitePreviewDTO {
	probs := append(append([]template.Problem{}, p.Problems...), p.Empty...)
	fields := p.Fields
	if fields == nil {
		fields = []string{}
	}
	return InvitePreviewDTO{Problems: toInviteProblemDTOs(body, probs, lang), Text: p.Text, Checks: toInviteProblemDTOs(p.Text, p.Checks, lang),
		Length: p.Length, Limit: p.Limit, Platform: p.Platform, Fields: fields, Skeletons: p.Skeletons}
}

// InviteSelectionDTO chooses the recipients.
type InviteSelectionDTO struct {
	SegmentID int64            `json:"segmentId"`
	Filter    *MemberFilterDTO `json:"filter"`
	Tiers     []string         `json:"tiers"`
	Preset    string           `json:"preset"` // "", interaction, iron, dm, entry
	GroupID   int64            `json:"groupId"`
}

func (s InviteSelectionDTO) toDomain() (invites.Selection, error) {
	out := invites.Selection{SegmentID: s.SegmentID, Tiers: s.Tiers, Preset: s.Preset, GroupID: s.GroupID}
	if s.Filter != nil {
		f, err := s.Filter.toDomain()
		if err != nil {
			return out, err
		}
		out.Filter = &f
	}
	return out, nil
}

// InviteRecipientsDTO is what a selection comes to.
type InviteRecipientsDTO struct {
	Matched int            `json:"matched"`
	InGroup int            `json:"inGroup"`
	Recent  int            `json:"recent"`
	Queued  int            `json:"queued"` // waiting in a queue already
	Invite  int            `json:"invite"`
	Free    int            `json:"free"` // -1 without a group
	Sample  []MemberRowDTO `json:"sample"`
}

// InviteWarningDTO is a batch problem with how many drafts it concerns.
type InviteWarningDTO struct {
	InviteProblemDTO
	Variant string `json:"variant"`
	Count   int    `json:"count"`
}
