package app

import (
	"qunzhu/backend/planner"
)

// AdminInputDTO is an admin as the team editor saves it.
type AdminInputDTO struct {
	Name     string `json:"name"`
	Layer    string `json:"layer"` // lead, coordinator, admin
	MemberID int64  `json:"memberId"`
	GroupID  int64  `json:"groupId"`
	Note     string `json:"note"`
}

// AdminDTO is an admin with how many members they look after and their
// planner items still to do.
type AdminDTO struct {
	ID int64 `json:"id"`
	AdminInputDTO
	Members  int `json:"members"`
	Upcoming int `json:"upcoming"`
}

// CandidateDTO is a KOC member who could be promoted.
type CandidateDTO struct {
	MemberID  int64  `json:"memberId"`
	Nickname  string `json:"nickname"`
	Tier      string `json:"tier"`
	GroupID   int64  `json:"groupId"`
	GroupName string `json:"groupName"`
}

// PromotionDTO makes a member an admin, with a note of why.
type PromotionDTO struct {
	MemberID int64  `json:"memberId"`
	GroupID  int64  `json:"groupId"`
	Layer    string `json:"layer"`
	Note     string `json:"note"`
}

// Admins lists the team, leads first.
func (v *PlannerAPI) Admins() (_ []AdminDTO, err error) {
	defer v.a.catchPanic(&err)
	as, err := v.a.ws.Planner.Admins(v.a.call())
	out := make([]AdminDTO, 0, len(as))
	for _, a := range as {
		out = append(out, AdminDTO{ID: a.ID, AdminInputDTO: AdminInputDTO(a.AdminInput), Members: a.Members, Upcoming: a.Upcoming})
	}
	return out, err
}

// SaveAdmin creates (id 0) or updates an admin; it returns the id.
func (v *PlannerAPI) SaveAdmin(id int64, in AdminInputDTO) (_ int64, err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Planner.SaveAdmin(v.a.call(), id, planner.AdminInput(in))
}

// DeleteAdmin removes an admin.
func (v *PlannerAPI) DeleteAdmin(id int64) (err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Planner.DeleteAdmin(v.a.call(), id)
}

// SetCare replaces the members an admin looks after.
func (v *PlannerAPI) SetCare(adminID int64, memberIDs []int64) (err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Planner.SetCare(v.a.call(), adminID, memberIDs)
}

// Care lists the members an admin looks after.
func (v *PlannerAPI) Care(adminID int64) (_ []int64, err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Planner.Care(v.a.call(), adminID)
}

// Candidates lists the KOC members of a group (0: any) not yet admins.
func (v *PlannerAPI) Candidates(groupID int64) (_ []CandidateDTO, err error) {
	defer v.a.catchPanic(&err)
	cs, err := v.a.ws.Planner.Candidates(v.a.call(), groupID)
	out := make([]CandidateDTO, 0, len(cs))
	for _, c := range cs {
		out = append(out, CandidateDTO(c))
	}
	return out, err
}

// Promote makes a KOC member an admin in one step; it returns the admin id.
func (v *PlannerAPI) Promote(p PromotionDTO) (_ int64, err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Planner.Promote(v.a.call(), planner.Promotion(p))
}
