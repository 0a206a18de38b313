package app

import (
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"qunzhu/backend/members"
	"qunzhu/locales"
)

// Tags lists the tags in use, most used first.
func (m *MembersAPI) Tags() (_ []TagCountDTO, err error) {
	defer m.a.catchPanic(&err)
	tags, err := m.a.ws.Members.Tags(m.a.call())
	out := make([]TagCountDTO, len(tags))
	for i, t := range tags {
		out[i] = TagCountDTO(t)
	}
	return out, err
}

// AddIdentity gives a member another id on a platform.
func (m *MembersAPI) AddIdentity(id int64, ident IdentityDTO) (_ MemberDTO, err error) {
	defer m.a.catchPanic(&err)
	return m.member(m.a.ws.Members.AddIdentity(m.a.call(), id, members.Identity(ident)))
}

// RemoveIdentity takes an id away from a member.
func (m *MembersAPI) RemoveIdentity(id int64, ident IdentityDTO) (_ MemberDTO, err error) {
	defer m.a.catchPanic(&err)
	return m.member(m.a.ws.Members.RemoveIdentity(m.a.call(), id, members.Identity(ident)))
}

// SetMembership adds the member to a group or changes its role and status.
func (m *MembersAPI) SetMembership(id int64, ms MembershipDTO) (_ MemberDTO, err error) {
	defer m.a.catchPanic(&err)
	bad := map[string]string{}
	dm := members.Membership{GroupID: ms.GroupID, Role: ms.Role, Status: ms.Status,
		JoinedAt: parseDay(ms.JoinedAt, "joinedAt", bad), LeftAt: parseDay(ms.LeftAt, "leftAt", bad)}
	if err := badDates(bad); err != nil {
		return MemberDTO{}, err
	}
	return m.member(m.a.ws.Members.SetMembership(m.a.call(), id, dm))
}

// RemoveMembership takes the member off a group's list.
func (m *MembersAPI) RemoveMembership(id, groupID int64) (_ MemberDTO, err error) {
	defer m.a.catchPanic(&err)
	return m.member(m.a.ws.Members.RemoveMembership(m.a.call(), id, groupID))
}

// Bulk applies an action to a selection; the result says how to undo it.
func (m *MembersAPI) Bulk(r BulkRequestDTO) (_ BulkResultDTO, err error) {
	defer m.a.catchPanic(&err)
	sel, err := r.Selection.toDomain()
	if err != nil {
		return BulkResultDTO{}, err
	}
	res, err := m.a.ws.Members.Bulk(m.a.call(), members.BulkRequest{Selection: sel, Action: r.Action,
		Tags: r.Tags, GroupID: r.GroupID, Role: r.Role})
	return BulkResultDTO(res), err
}

// Undo reverts a bulk action or a merge; it returns how many members it touched.
func (m *MembersAPI) Undo(undoID int64) (_ int, err error) {
	defer m.a.catchPanic(&err)
	return m.a.ws.Members.Undo(m.a.call(), undoID)
}

// Segments lists the saved segments.
func (m *MembersAPI) Segments() (_ []SegmentDTO, err error) {
	defer m.a.catchPanic(&err)
	list, err := m.a.ws.Members.Segments(m.a.call())
	out := make([]SegmentDTO, len(list))
	for i, s := range list {
		out[i] = toSegmentDTO(s)
	}
	return out, err
}

// SaveSegment creates or changes a segment.
func (m *MembersAPI) SaveSegment(in SegmentInputDTO) (_ SegmentDTO, err error) {
	defer m.a.catchPanic(&err)
	f, err := in.Filter.toDomain()
	if err != nil {
		return SegmentDTO{}, err
	}
	s, err := m.a.ws.Members.SaveSegment(m.a.call(), in.ID, in.Name, f)
	return toSegmentDTO(s), err
}

// DeleteSegment removes a segment.
func (m *MembersAPI) DeleteSegment(id int64) (err error) {
	defer m.a.catchPanic(&err)
	return m.a.ws.Members.DeleteSegment(m.a.call(), id)
}

// Duplicates suggests pairs that look like one person, with the reasons.
func (m *MembersAPI) Duplicates(limit int) (_ []DuplicatePairDTO, err error) {
	defer m.a.catchPanic(&err)
	pairs, err := m.a.ws.Members.Duplicates(m.a.call(), min(max(limit, 1), 500))
	return toPairDTOs(pairs, m.a.language()), err
}

// Merge folds other into keep; the result says how to undo it.
func (m *MembersAPI) Merge(keep, other int64) (_ MergeResultDTO, err error) {
	defer m.a.catchPanic(&err)
	v, undo, err := m.a.ws.Members.Merge(m.a.call(), keep, other)
	if err != nil {
		return MergeResultDTO{}, err
	}
	return MergeResultDTO{Member: ToMemberDTO(v, time.Now()), UndoID: undo}, nil
}

// ChooseExportPath asks where to save an export; "" when cancelled.
func (m *MembersAPI) ChooseExportPath(format string) (_ string, err error) {
	defer m.a.catchPanic(&err)
	lang := m.a.language()
	return m.a.saveDialog(runtime.SaveDialogOptions{
		Title:           locales.Localize(lang, "app.export.title", nil),
		DefaultFilename: locales.Localize(lang, "app.export.file_name", nil) + "." + format,
		Filters:         []runtime.FileFilter{{DisplayName: format, Pattern: "*." + format}},
	})
}

// Export writes the selection to a CSV or XLSX file.
func (m *MembersAPI) Export(r ExportRequestDTO) (_ ExportResultDTO, err error) {
	defer m.a.catchPanic(&err)
	req, err := r.ExportRequest(m.a.language())
	if err != nil {
		return ExportResultDTO{}, err
	}
	n, err := m.a.ws.Members.Export(m.a.call(), req)
	return ExportResultDTO{Path: r.Path, Rows: n}, err
}
