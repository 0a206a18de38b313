package app

import (
	"encoding/base64"

	"qunzhu/backend/invites"
	"qunzhu/backend/invites/template"
	"qunzhu/backend/keywords"
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

// InviteBatchRequestDTO drafts and stores a batch.
type InviteBatchRequestDTO struct {
	TemplateID int64              `json:"templateId"`
	Selection  InviteSelectionDTO `json:"selection"`
	Name       string             `json:"name"`
}

// InviteBatchDTO is a stored batch with its progress.
type InviteBatchDTO struct {
	ID           int64          `json:"id"`
	TemplateID   int64          `json:"templateId"`
	TemplateName string         `json:"templateName"`
	GroupID      int64          `json:"groupId"`
	GroupName    string         `json:"groupName"`
	Name         string         `json:"name"`
	CreatedAt    string         `json:"createdAt"`
	States       map[string]int `json:"states"`
	Total        int            `json:"total"`
	Done         int            `json:"done"`
}

func toInviteBatchDTO(b invites.Batch) InviteBatchDTO {
	return InviteBatchDTO{ID: b.ID, TemplateID: b.TemplateID, TemplateName: b.TemplateName, GroupID: b.GroupID, GroupName: b.GroupName,
		Name: b.Name, CreatedAt: b.CreatedAt, States: b.States, Total: b.Total, Done: b.Done()}
}

// InviteBatchCreatedDTO is a new batch and the warnings of its drafts.
type InviteBatchCreatedDTO struct {
	Batch    InviteBatchDTO     `json:"batch"`
	Warnings []InviteWarningDTO `json:"warnings"`
}

// InviteDraftDTO is one invitation in the queue.
type InviteDraftDTO struct {
	ID         int64              `json:"id"`
	BatchID    int64              `json:"batchId"`
	MemberID   int64              `json:"memberId"`
	Nickname   string             `json:"nickname"`
	Platform   string             `json:"platform"`
	PlatformID string             `json:"platformId"`
	Variant    string             `json:"variant"`
	Position   int                `json:"position"`
	Text       string             `json:"text"`
	Edited     bool               `json:"edited"`
	State      string             `json:"state"`
	StateAt    string             `json:"stateAt"`
	Problems   []InviteProblemDTO `json:"problems"`
}

func toInviteDraftDTO(d invites.Draft, lang string) InviteDraftDTO {
	return InviteDraftDTO{ID: d.ID, BatchID: d.BatchID, MemberID: d.MemberID, Nickname: d.Nickname, Platform: d.Platform,
		PlatformID: d.PlatformID, Variant: d.Variant, Position: d.Position, Text: d.Text, Edited: d.Edited, State: d.State,
		StateAt: d.StateAt, Problems: toInviteProblemDTOs(d.Text, d.Problems, lang)}
}

// InviteStageDTO is the funnel of one variant.
type InviteStageDTO struct {
	Variant  string `json:"variant"`
	Drafted  int    `json:"drafted"`
	Copied   int    `json:"copied"`
	Sent     int    `json:"sent"`
	Joined   int    `json:"joined"`
	Declined int    `json:"declined"`
	Skipped  int    `json:"skipped"`
}

// InviteJoinReportDTO is what matching a member list did.
type InviteJoinReportDTO struct {
	Lines     int      `json:"lines"`
	Matched   int      `json:"matched"`
	Already   int      `json:"already"`
	Unmatched []string `json:"unmatched"`
}

// InviteSettingsDTO are the invitation settings.
type InviteSettingsDTO struct {
	Creator    string         `json:"creator"`
	Limits     map[string]int `json:"limits"`
	RecentDays int            `json:"recentDays"`
	SameMax    int            `json:"sameMax"`
	Words      []AdLawWordDTO `json:"words"`
	Custom     bool           `json:"custom"` // the user edited the list
}

// AdLawWordDTO is a word of the ad-law list with its reason.
type AdLawWordDTO struct {
	Text     string `json:"text"`
	Severity int    `json:"severity"`
	Note     string `json:"note"`
}

func toInviteSettingsDTO(s invites.Settings, lang string) InviteSettingsDTO {
	out := InviteSettingsDTO{Creator: s.Creator, Limits: s.Limits, RecentDays: s.RecentDays, SameMax: s.SameMax,
		Custom: s.Words != nil, Words: []AdLawWordDTO{}}
	for _, w := range s.WordsOrDefaults(lang) {
		out.Words = append(out.Words, AdLawWordDTO{Text: w.Text, Severity: w.Severity, Note: w.Note})
	}
	return out
}

func (d InviteSettingsDTO) toDomain() invites.Settings {
	out := invites.Settings{Creator: d.Creator, Limits: d.Limits, RecentDays: d.RecentDays, SameMax: d.SameMax}
	if d.Custom {
		out.Words = []keywords.Word{}
		for _, w := range d.Words {
			out.Words = append(out.Words, keywords.Word{Text: w.Text, Category: keywords.AdLaw, Severity: w.Severity, Note: w.Note})
		}
	}
	return out
}

// JoinCardDTO is a group's join card; qr is a PNG as base64 ("" without a link).
type JoinCardDTO struct {
	GroupName string   `json:"groupName"`
	Lines     []string `json:"lines"`
	Text      string   `json:"text"`
	Link      string   `json:"link"`
	QR        string   `json:"qr"`
}

func toJoinCardDTO(c invites.Card) JoinCardDTO {
	return JoinCardDTO{GroupName: c.GroupName, Lines: c.Lines, Text: c.Text, Link: c.Link, QR: base64.StdEncoding.EncodeToString(c.QR)}
}
