package app

import "qunzhu/backend/members"

// Bulk applies an action to a selection; the result says how to undo it.
func (m *MembersAPI) Bulk(r BulkRequestDTO) (_ BulkResultDTO, err error) {
	defer m.a.catchPanic(&err)
	req, err := r.toDomain()
	if err != nil {
		return BulkResultDTO{}, err
	}
	res, err := m.a.ws.Members.Bulk(m.a.call(), req)
	return BulkResultDTO(res), err
}

// Undo reverts a bulk action or a merge; it returns how many members it touched.
func (m *MembersAPI) Undo(undoID int64) (_ int, err error) {
	defer m.a.catchPanic(&err)
	return m.a.ws.Members.Undo(m.a.call(), undoID)
}

// BulkRequestDTO is one action over a selection.
type BulkRequestDTO struct {
	Selection SelectionDTO `json:"selection"`
	Action    string       `json:"action"` // addTags | removeTags | addToGroup | setRole | trash | restore
	Tags      []string     `json:"tags"`
	GroupID   int64        `json:"groupId"`
	Role      string       `json:"role"`
}

func (r BulkRequestDTO) toDomain() (members.BulkRequest, error) {
	sel, err := r.Selection.toDomain()
	return members.BulkRequest{Selection: sel, Action: r.Action, Tags: r.Tags, GroupID: r.GroupID, Role: r.Role}, err
}

// BulkResultDTO tells how many members changed and how to undo it.
type BulkResultDTO struct {
	UndoID   int64 `json:"undoId"`
	Affected int   `json:"affected"`
}
