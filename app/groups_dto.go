package app

import "qunzhu/backend/groups"

// GroupDTO is a group as the frontend and the CLI see it.
type GroupDTO struct {
	ID int64 `json:"id"`
	GroupInput
	Members    int    `json:"members"` // joined members
	Full       bool   `json:"full"`    // members >= capacity
	Archived   bool   `json:"archived"`
	ArchivedAt string `json:"archivedAt"` // RFC 3339, "" when active
	CreatedAt  string `json:"createdAt"`
	UpdatedAt  string `json:"updatedAt"`
}

// GroupInput is the form a group is created or edited with.
type GroupInput struct {
	Name            string `json:"name"`
	Platform        string `json:"platform"`
	Purpose         string `json:"purpose"`
	CustomPurpose   string `json:"customPurpose"`
	Capacity        int    `json:"capacity"`
	MinDaysFollowed int    `json:"minDaysFollowed"`
	MinFanLevel     int    `json:"minFanLevel"`
	IronFansOnly    bool   `json:"ironFansOnly"`
	JoinCode        string `json:"joinCode"`
	Announcement    string `json:"announcement"`
	Rules           string `json:"rules"`
}

func (in GroupInput) toDomain() groups.Input { return groups.Input(in) }

// ToGroupDTO converts a stored group.
func ToGroupDTO(g groups.Group) GroupDTO {
	d := GroupDTO{ID: g.ID, GroupInput: GroupInput(g.Input), Members: g.Members, Full: g.Full(),
		CreatedAt: rfc3339(g.CreatedAt), UpdatedAt: rfc3339(g.UpdatedAt)}
	if g.ArchivedAt != nil {
		d.Archived, d.ArchivedAt = true, rfc3339(*g.ArchivedAt)
	}
	return d
}

// ToGroupDTOs converts a list.
func ToGroupDTOs(gs []groups.Group) []GroupDTO {
	out := make([]GroupDTO, len(gs))
	for i, g := range gs {
		out[i] = ToGroupDTO(g)
	}
	return out
}

// GroupOptionsDTO are the choices the group form offers.
type GroupOptionsDTO struct {
	Platforms       []string `json:"platforms"`
	Purposes        []string `json:"purposes"`
	CapacityPresets []int    `json:"capacityPresets"`
}

func groupOne(g groups.Group, err error) (GroupDTO, error) {
	if err != nil {
		return GroupDTO{}, err
	}
	return ToGroupDTO(g), nil
}
