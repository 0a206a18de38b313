package app

import (
	"qunzhu/backend/keywords"
	"qunzhu/backend/planner"
)

// StepDTO is one rung of a group's escalation ladder.
type StepDTO struct {
	Action  string `json:"action"` // warning, mute, talk, removal
	Minutes int    `json:"minutes"`
}

// ProposalDTO is the next step for a member, with the message to paste.
type ProposalDTO struct {
	Step    int    `json:"step"`
	Action  string `json:"action"`
	Minutes int    `json:"minutes"`
	Before  int    `json:"before"`
	Message string `json:"message"`
}

// ViolationInputDTO is a violation to log; step -1 takes the proposed one.
type ViolationInputDTO struct {
	GroupID  int64  `json:"groupId"`
	MemberID int64  `json:"memberId"`
	Rule     string `json:"rule"`
	What     string `json:"what"`
	AdminID  int64  `json:"adminId"`
	Step     int    `json:"step"`
	// The keyword hit it is logged from (0: none): its message and word.
	HitEventID int64 `json:"hitEventId"`
	HitWordID  int64 `json:"hitWordId"`
}

func (in ViolationInputDTO) toDomain() planner.ViolationInput {
	return planner.ViolationInput{GroupID: in.GroupID, MemberID: in.MemberID, Rule: in.Rule, What: in.What,
		AdminID: in.AdminID, Step: in.Step, Hit: keywords.HitKey{EventID: in.HitEventID, WordID: in.HitWordID}}
}

// ViolationDTO is a logged violation.
type ViolationDTO struct {
	ID       int64  `json:"id"`
	MemberID int64  `json:"memberId"`
	Nickname string `json:"nickname"`
	Rule     string `json:"rule"`
	What     string `json:"what"`
	Step     int    `json:"step"`
	Action   string `json:"action"`
	Minutes  int    `json:"minutes"`
	AdminID  int64  `json:"adminId"`
	Admin    string `json:"admin"`
	At       string `json:"at"` // RFC 3339
	// The keyword hit it was logged from (0: none).
	HitEventID int64 `json:"hitEventId"`
	HitWordID  int64 `json:"hitWordId"`
}

// LoggedDTO is a violation just logged and the message to paste.
type LoggedDTO struct {
	Violation ViolationDTO `json:"violation"`
	Proposal  ProposalDTO  `json:"proposal"`
}

func toViolationDTO(v planner.Violation) ViolationDTO {
	return ViolationDTO{ID: v.ID, MemberID: v.MemberID, Nickname: v.Nickname, Rule: v.Rule, What: v.What, Step: v.Step,
		Action: v.Action, Minutes: v.Minutes, AdminID: v.AdminID, Admin: v.Admin, At: rfc3339(v.At),
		HitEventID: v.Hit.EventID, HitWordID: v.Hit.WordID}
}

// Rules returns a group's rules (the seeds' starters until saved).
func (v *PlannerAPI) Rules(groupID int64) (_ []string, err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Planner.Rules(v.a.call(), groupID, v.a.language())
}

// SaveRules replaces a group's rules; it returns them as stored.
func (v *PlannerAPI) SaveRules(groupID int64, rules []string) (_ []string, err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Planner.SaveRules(v.a.call(), groupID, rules)
}

// Ladder returns a group's escalation ladder.
func (v *PlannerAPI) Ladder(groupID int64) (_ []StepDTO, err error) {
	defer v.a.catchPanic(&err)
	steps, err := v.a.ws.Planner.Ladder(v.a.call(), groupID)
	out := make([]StepDTO, len(steps))
	for i, s := range steps {
		out[i] = StepDTO(s)
	}
	return out, err
}

// SaveLadder replaces a group's escalation ladder.
func (v *PlannerAPI) SaveLadder(groupID int64, steps []StepDTO) (err error) {
	defer v.a.catchPanic(&err)
	in := make([]planner.Step, len(steps))
	for i, s := range steps {
		in[i] = planner.Step(s)
	}
	return v.a.ws.Planner.SaveLadder(v.a.call(), groupID, in)
}

// Propose is the next step for a member's violation of rule.
func (v *PlannerAPI) Propose(groupID, memberID int64, rule string) (_ ProposalDTO, err error) {
	defer v.a.catchPanic(&err)
	p, err := v.a.ws.Planner.Propose(v.a.call(), groupID, memberID, rule, v.a.language())
	return ProposalDTO(p), err
}

// LogViolation records a violation and returns the message to paste.
func (v *PlannerAPI) LogViolation(in ViolationInputDTO) (_ LoggedDTO, err error) {
	defer v.a.catchPanic(&err)
	got, p, err := v.a.ws.Planner.LogViolation(v.a.call(), in.toDomain(), v.a.language())
	return LoggedDTO{Violation: toViolationDTO(got), Proposal: ProposalDTO(p)}, err
}

// Violations lists a group's log (memberID 0) or one member's, newest first.
func (v *PlannerAPI) Violations(groupID, memberID int64) (_ []ViolationDTO, err error) {
	defer v.a.catchPanic(&err)
	vs, err := v.a.ws.Planner.Violations(v.a.call(), groupID, memberID)
	out := make([]ViolationDTO, 0, len(vs))
	for _, x := range vs {
		out = append(out, toViolationDTO(x))
	}
	return out, err
}

// DeleteViolation takes a logged violation back; a keyword hit it was
// logged from goes back to pending.
func (v *PlannerAPI) DeleteViolation(id int64) (err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Planner.DeleteViolation(v.a.call(), id)
}
