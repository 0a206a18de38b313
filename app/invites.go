package app

import (
	"qunzhu/backend/invites"
	"qunzhu/backend/invites/template"
)

// InvitesAPI drafts personal invitations: templates, the live preview,
// recipients, batches and the sending queue, the funnel, exports and the
// join card. Nothing is ever sent from here: texts go out by the clipboard.
type InvitesAPI struct{ a *App }

// Fields lists the fields a template may use, by canonical key; their
// names in each language are ui.invites.field.KEY.
func (v *InvitesAPI) Fields() (_ []string, err error) {
	defer v.a.catchPanic(&err)
	return template.Known, nil
}

// Templates lists the templates (the starters in the app's language are
// added the first time).
func (v *InvitesAPI) Templates() (_ []InviteTemplateDTO, err error) {
	defer v.a.catchPanic(&err)
	ts, err := v.a.ws.Invites.Templates(v.a.call(), v.a.language())
	out := make([]InviteTemplateDTO, len(ts))
	for i, t := range ts {
		out[i] = toInviteTemplateDTO(t)
	}
	return out, err
}

// SaveTemplate creates (id 0) or replaces a template.
func (v *InvitesAPI) SaveTemplate(id int64, in InviteTemplateInputDTO) (_ InviteTemplateDTO, err error) {
	defer v.a.catchPanic(&err)
	t, err := v.a.ws.Invites.SaveTemplate(v.a.call(), id, in.toDomain())
	return toInviteTemplateDTO(t), err
}

// DeleteTemplate deletes a template; its batches stay.
func (v *InvitesAPI) DeleteTemplate(id int64) (err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Invites.DeleteTemplate(v.a.call(), id)
}

// Preview checks a body and renders it for a member (0: none).
func (v *InvitesAPI) Preview(r InvitePreviewRequestDTO) (_ InvitePreviewDTO, err error) {
	defer v.a.catchPanic(&err)
	lang := v.a.language()
	p, err := v.a.ws.Invites.Preview(v.a.call(), invites.PreviewRequest{Body: r.Body, TemplateID: r.TemplateID,
		MemberID: r.MemberID, GroupID: r.GroupID, Lang: lang})
	return toInvitePreviewDTO(r.Body, p, lang), err
}

// Recipients counts whom a selection invites against the group's free
// places, with the first few of them.
func (v *InvitesAPI) Recipients(s InviteSelectionDTO) (_ InviteRecipientsDTO, err error) {
	defer v.a.catchPanic(&err)
	sel, err := s.toDomain()
	if err != nil {
		return InviteRecipientsDTO{}, err
	}
	r, err := v.a.ws.Invites.Resolve(v.a.call(), sel)
	if err != nil {
		return InviteRecipientsDTO{}, err
	}
	out := InviteRecipientsDTO{Matched: r.Matched, InGroup: r.InGroup, Recent: r.Recent, Queued: r.Queued, Invite: r.Invite, Free: r.Free,
		Sample: []MemberRowDTO{}}
	for _, m := range r.Members[:min(len(r.Members), 20)] {
		out.Sample = append(out.Sample, toRowDTO(m, v.a.language()))
	}
	return out, nil
}

// CreateBatch drafts the template for the selection and stores the queue.
func (v *InvitesAPI) CreateBatch(r InviteBatchRequestDTO) (_ InviteBatchCreatedDTO, err error) {
	defer v.a.catchPanic(&err)
	sel, err := r.Selection.toDomain()
	if err != nil {
		return InviteBatchCreatedDTO{}, err
	}
	lang := v.a.language()
	b, out, err := v.a.ws.Invites.CreateBatch(v.a.call(), invites.BatchRequest{Name: r.Name,
		RenderRequest: invites.RenderRequest{TemplateID: r.TemplateID, Selection: sel, Lang: lang}})
	if err != nil {
		return InviteBatchCreatedDTO{}, err
	}
	return InviteBatchCreatedDTO{Batch: toInviteBatchDTO(b), Warnings: v.warnings(r.TemplateID, out.Warnings, lang)}, nil
}

// Warnings drafts the template for the selection without storing anything
// and returns the checks before sending: problems per variant, fields that
// come out empty, texts over the limit, too many identical texts.
func (v *InvitesAPI) Warnings(r InviteBatchRequestDTO) (_ []InviteWarningDTO, err error) {
	defer v.a.catchPanic(&err)
	sel, err := r.Selection.toDomain()
	if err != nil {
		return nil, err
	}
	lang := v.a.language()
	out, err := v.a.ws.Invites.Render(v.a.call(), invites.RenderRequest{TemplateID: r.TemplateID, Selection: sel, Lang: lang})
	if err != nil {
		return nil, err
	}
	return v.warnings(r.TemplateID, out.Warnings, lang), nil
}

func (v *InvitesAPI) warnings(templateID int64, ws []invites.Warning, lang string) []InviteWarningDTO {
	t, _ := v.a.ws.Invites.Template(v.a.call(), templateID)
	bodies := map[string]string{}
	for _, vv := range t.Variants {
		bodies[vv.Label] = vv.Body
	}
	out := []InviteWarningDTO{}
	for _, w := range ws {
		p := toInviteProblemDTOs(bodies[w.Variant], []template.Problem{w.Problem}, lang)[0]
		out = append(out, InviteWarningDTO{InviteProblemDTO: p, Variant: w.Variant, Count: w.Count})
	}
	return out
}

// Batches lists the batches, newest first.
func (v *InvitesAPI) Batches() (_ []InviteBatchDTO, err error) {
	defer v.a.catchPanic(&err)
	bs, err := v.a.ws.Invites.Batches(v.a.call())
	out := make([]InviteBatchDTO, len(bs))
	for i, b := range bs {
		out[i] = toInviteBatchDTO(b)
	}
	return out, err
}

// DeleteBatch deletes a batch and its drafts.
func (v *InvitesAPI) DeleteBatch(id int64) (err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Invites.DeleteBatch(v.a.call(), id)
}

// Funnel counts the funnel per variant of a template (or of one batch).
func (v *InvitesAPI) Funnel(templateID, batchID int64) (_ []InviteStageDTO, err error) {
	defer v.a.catchPanic(&err)
	st, err := v.a.ws.Invites.Funnel(v.a.call(), invites.FunnelQuery{TemplateID: templateID, BatchID: batchID})
	out := make([]InviteStageDTO, len(st))
	for i, s := range st {
		out[i] = InviteStageDTO(s)
	}
	return out, err
}
