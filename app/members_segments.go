package app

import "qunzhu/backend/members"

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

// SegmentDTO is a saved, live filter.
type SegmentDTO struct {
	ID     int64           `json:"id"`
	Name   string          `json:"name"`
	Filter MemberFilterDTO `json:"filter"`
}

func toSegmentDTO(s members.Segment) SegmentDTO {
	return SegmentDTO{ID: s.ID, Name: s.Name, Filter: toFilterDTO(s.Filter)}
}

// SegmentInputDTO creates (id 0) or changes a segment.
type SegmentInputDTO struct {
	ID     int64           `json:"id"`
	Name   string          `json:"name"`
	Filter MemberFilterDTO `json:"filter"`
}
