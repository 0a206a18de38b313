package app

import "qunzhu/backend/groups"

// GroupsAPI is the groups screen's backend.
type GroupsAPI struct{ a *App }

// List returns the active groups, or the archived ones.
func (g *GroupsAPI) List(archived bool) (_ []GroupDTO, err error) {
	defer g.a.catchPanic(&err)
	gs, err := g.a.ws.Groups.List(g.a.call(), groups.Filter{Archived: archived})
	return ToGroupDTOs(gs), err
}

// Get returns one group.
func (g *GroupsAPI) Get(id int64) (_ GroupDTO, err error) {
	defer g.a.catchPanic(&err)
	return groupOne(g.a.ws.Groups.Get(g.a.call(), id))
}

// Create stores a new group.
func (g *GroupsAPI) Create(in GroupInput) (_ GroupDTO, err error) {
	defer g.a.catchPanic(&err)
	return groupOne(g.a.ws.Groups.Create(g.a.call(), in.toDomain()))
}

// Update replaces a group's fields.
func (g *GroupsAPI) Update(id int64, in GroupInput) (_ GroupDTO, err error) {
	defer g.a.catchPanic(&err)
	return groupOne(g.a.ws.Groups.Update(g.a.call(), id, in.toDomain()))
}

// Archive hides a group, keeping its data.
func (g *GroupsAPI) Archive(id int64) (_ GroupDTO, err error) {
	defer g.a.catchPanic(&err)
	return groupOne(g.a.ws.Groups.Archive(g.a.call(), id))
}

// Restore brings an archived group back.
func (g *GroupsAPI) Restore(id int64) (_ GroupDTO, err error) {
	defer g.a.catchPanic(&err)
	return groupOne(g.a.ws.Groups.Restore(g.a.call(), id))
}

// Options lists the platforms and purposes a group can have.
func (g *GroupsAPI) Options() (_ GroupOptionsDTO, err error) {
	defer g.a.catchPanic(&err)
	return GroupOptionsDTO{Platforms: groups.Platforms, Purposes: groups.Purposes,
		CapacityPresets: []int{200, 500}}, nil
}
