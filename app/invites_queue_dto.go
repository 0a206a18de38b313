package app

import (
	"encoding/base64"

	"qunzhu/backend/invites"
	"qunzhu/backend/keywords"
)

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
	Lines     int                      `json:"lines"`
	Matched   int                      `json:"matched"`
	Already   int                      `json:"already"`
	Unmatched []string                 `json:"unmatched"`
	Ambiguous []InviteJoinAmbiguityDTO `json:"ambiguous"` // names several members of the batch have
	Invalid   []int                    `json:"invalid"`   // lines of invisible marks only
}

func toInviteJoinReportDTO(r invites.JoinReport) InviteJoinReportDTO {
	return InviteJoinReportDTO{Lines: r.Lines, Matched: r.Matched, Already: r.Already, Unmatched: r.Unmatched,
		Ambiguous: convertAll(r.Ambiguous, toInviteJoinAmbiguityDTO), Invalid: r.Invalid}
}

// InviteJoinAmbiguityDTO is a name several of the batch's members have.
type InviteJoinAmbiguityDTO struct {
	Name      string        `json:"name"`
	Namesakes []NamesakeDTO `json:"namesakes"`
}

func toInviteJoinAmbiguityDTO(a invites.JoinAmbiguity) InviteJoinAmbiguityDTO {
	return InviteJoinAmbiguityDTO{Name: a.Name, Namesakes: toNamesakeDTOs(a.Namesakes)}
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
