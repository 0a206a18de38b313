package app

import (
	"time"

	"qunzhu/backend/groups"
	"qunzhu/backend/members"
)

// MembersAPI is the members screen's backend.
type MembersAPI struct{ a *App }

// List returns one filtered, sorted page.
func (m *MembersAPI) List(q MemberQueryDTO) (_ []MemberRowDTO, err error) {
	defer m.a.catchPanic(&err)
	dq, err := q.toDomain()
	if err != nil {
		return nil, err
	}
	rows, err := m.a.ws.Members.List(m.a.call(), dq)
	if err != nil {
		return nil, err
	}
	out := ToRowDTOs(rows, m.a.language())
	return out, m.a.attachBadges(out)
}

// Count is how many members the filter selects.
func (m *MembersAPI) Count(f MemberFilterDTO) (_ int, err error) {
	defer m.a.catchPanic(&err)
	df, err := f.toDomain()
	if err != nil {
		return 0, err
	}
	return m.a.ws.Members.Count(m.a.call(), df)
}

// Get returns one member with identities, tags and groups.
func (m *MembersAPI) Get(id int64) (_ MemberDTO, err error) {
	defer m.a.catchPanic(&err)
	return m.member(m.a.ws.Members.Get(m.a.call(), id))
}

// Create stores a new member.
func (m *MembersAPI) Create(in MemberInputDTO) (_ MemberDTO, err error) {
	defer m.a.catchPanic(&err)
	din, err := in.toDomain()
	if err != nil {
		return MemberDTO{}, err
	}
	return m.member(m.a.ws.Members.Create(m.a.call(), din))
}

// Update replaces a member's fields and tags.
func (m *MembersAPI) Update(id int64, in MemberInputDTO) (_ MemberDTO, err error) {
	defer m.a.catchPanic(&err)
	din, err := in.toDomain()
	if err != nil {
		return MemberDTO{}, err
	}
	return m.member(m.a.ws.Members.Update(m.a.call(), id, din))
}

// Options lists the choices the members screen offers.
func (m *MembersAPI) Options() (_ MemberOptionsDTO, err error) {
	defer m.a.catchPanic(&err)
	return MemberOptionsDTO{Platforms: groups.Platforms, Sources: members.Sources, Roles: members.Roles,
		Statuses: members.Statuses, Sorts: members.Sorts, MaxLimit: members.MaxLimit}, nil
}

func (m *MembersAPI) member(v members.Member, err error) (MemberDTO, error) {
	if err != nil {
		return MemberDTO{}, err
	}
	return ToMemberDTO(v, time.Now()), nil
}
