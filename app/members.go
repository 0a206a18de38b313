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
	dm, err := ms.toDomain()
	if err != nil {
		return MemberDTO{}, err
	}
	return m.member(m.a.ws.Members.SetMembership(m.a.call(), id, dm))
}

// RemoveMembership takes the member off a group's list.
func (m *MembersAPI) RemoveMembership(id, groupID int64) (_ MemberDTO, err error) {
	defer m.a.catchPanic(&err)
	return m.member(m.a.ws.Members.RemoveMembership(m.a.call(), id, groupID))
}

func (m *MembersAPI) member(v members.Member, err error) (MemberDTO, error) {
	if err != nil {
		return MemberDTO{}, err
	}
	return ToMemberDTO(v, time.Now()), nil
}
