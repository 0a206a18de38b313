package app

import (
	"encoding/base64"
	"os"
	"strings"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"qunzhu/backend/errs"
	"qunzhu/backend/invites"
	"qunzhu/locales"
)

// Queue returns a batch's drafts in order, each checked.
func (v *InvitesAPI) Queue(batchID int64) (_ []InviteDraftDTO, err error) {
	defer v.a.catchPanic(&err)
	lang := v.a.language()
	ds, err := v.a.ws.Invites.Queue(v.a.call(), batchID, lang)
	out := make([]InviteDraftDTO, len(ds))
	for i, d := range ds {
		out[i] = toInviteDraftDTO(d, lang)
	}
	return out, err
}

// SetState marks a draft copied, sent, joined, declined, skipped or back to drafted.
func (v *InvitesAPI) SetState(draftID int64, state string) (_ InviteDraftDTO, err error) {
	defer v.a.catchPanic(&err)
	lang := v.a.language()
	d, err := v.a.ws.Invites.SetState(v.a.call(), draftID, state, lang)
	return toInviteDraftDTO(d, lang), err
}

// Edit replaces a draft's text.
func (v *InvitesAPI) Edit(draftID int64, text string) (_ InviteDraftDTO, err error) {
	defer v.a.catchPanic(&err)
	lang := v.a.language()
	d, err := v.a.ws.Invites.Edit(v.a.call(), draftID, text, lang)
	return toInviteDraftDTO(d, lang), err
}

// MatchJoins marks as joined the drafts whose member a pasted member list names.
func (v *InvitesAPI) MatchJoins(batchID int64, list string) (_ InviteJoinReportDTO, err error) {
	defer v.a.catchPanic(&err)
	r, err := v.a.ws.Invites.MatchJoins(v.a.call(), batchID, list)
	if r.Unmatched == nil {
		r.Unmatched = []string{}
	}
	return toInviteJoinReportDTO(r), err
}

// MatchJoinsFile asks for a group's exported member list (text or CSV, a
// name or id first on each line) and matches it; nil when cancelled.
func (v *InvitesAPI) MatchJoinsFile(batchID int64) (_ *InviteJoinReportDTO, err error) {
	defer v.a.catchPanic(&err)
	lang := v.a.language()
	path, err := v.a.openDialog(runtime.OpenDialogOptions{Title: locales.Localize(lang, "ui.invites.joins.choose", nil),
		Filters: []runtime.FileFilter{{DisplayName: "CSV / TXT", Pattern: "*.csv;*.txt"}}})
	if err != nil || path == "" {
		return nil, err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, errs.New(errs.Invalid, "err.import.file", errs.Params{"Path": path})
	}
	var lines []string
	for _, l := range strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n") {
		first, _, _ := strings.Cut(l, ",")
		lines = append(lines, strings.Trim(first, `" `))
	}
	r, err := v.MatchJoins(batchID, strings.Join(lines, "\n"))
	return &r, err
}

// Export asks where to save a batch's drafts and writes them (CSV with a
// BOM or XLSX); the path is "" when cancelled.
func (v *InvitesAPI) Export(batchID int64, format string) (_ ExportResultDTO, err error) {
	defer v.a.catchPanic(&err)
	lang := v.a.language()
	path, err := v.a.saveDialog(runtime.SaveDialogOptions{Title: locales.Localize(lang, "ui.invites.export.title", nil),
		DefaultFilename: locales.Localize(lang, "ui.invites.export.file_name", nil) + "." + format,
		Filters:         []runtime.FileFilter{{DisplayName: format, Pattern: "*." + format}}})
	if err != nil || path == "" {
		return ExportResultDTO{}, err
	}
	n, err := v.a.ws.Invites.ExportBatch(v.a.call(), batchID, path, lang)
	return ExportResultDTO{Path: path, Rows: n}, err
}

// Settings returns the invitation settings.
func (v *InvitesAPI) Settings() (_ InviteSettingsDTO, err error) {
	defer v.a.catchPanic(&err)
	s, err := v.a.ws.Invites.Settings(v.a.call())
	return toInviteSettingsDTO(s, v.a.language()), err
}

// SaveSettings stores the invitation settings.
func (v *InvitesAPI) SaveSettings(d InviteSettingsDTO) (_ InviteSettingsDTO, err error) {
	defer v.a.catchPanic(&err)
	s, err := v.a.ws.Invites.SaveSettings(v.a.call(), d.toDomain())
	return toInviteSettingsDTO(s, v.a.language()), err
}

// JoinCard makes a group's join card, with a QR code of link when given.
func (v *InvitesAPI) JoinCard(groupID int64, link string) (_ JoinCardDTO, err error) {
	defer v.a.catchPanic(&err)
	c, err := v.a.ws.Invites.JoinCard(v.a.call(), groupID, link, v.a.language())
	return toJoinCardDTO(c), err
}

// SaveCardPNG asks where to save the card the window drew (a PNG as
// base64) and writes it; "" when cancelled.
func (v *InvitesAPI) SaveCardPNG(name, pngBase64 string) (_ string, err error) {
	defer v.a.catchPanic(&err)
	png, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(pngBase64, "data:image/png;base64,"))
	if err != nil {
		return "", errs.Fields{"png": {Key: "err.invites.png"}}.Err()
	}
	path, err := v.a.saveDialog(runtime.SaveDialogOptions{Title: locales.Localize(v.a.language(), "ui.invites.card.save", nil),
		DefaultFilename: name + ".png", Filters: []runtime.FileFilter{{DisplayName: "PNG", Pattern: "*.png"}}})
	if err != nil || path == "" {
		return "", err
	}
	return path, invites.SavePNG(path, png)
}
