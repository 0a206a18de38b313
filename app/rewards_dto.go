package app

import (
	"qunzhu/backend/rewards"
	"qunzhu/locales"
)

// RewardsMemberDTO is who invited a member and whom they invited.
type RewardsMemberDTO struct {
	MemberID  int64               `json:"memberId"`
	InviterID int64               `json:"inviterId"` // 0: nobody recorded
	Inviter   string              `json:"inviter"`
	Source    string              `json:"source"` // hand, queue, import
	BatchID   int64               `json:"batchId"`
	CanUndo   bool                `json:"canUndo"`
	Invitees  []RewardsInviteeDTO `json:"invitees"`
}

// RewardsInviteeDTO is someone a member invited.
type RewardsInviteeDTO struct {
	ID       int64  `json:"id"`
	Nickname string `json:"nickname"`
	Source   string `json:"source"`
	Joined   string `json:"joined"` // YYYY-MM-DD; "" while not joined
}

// RewardStepDTO is a rung of a ladder.
type RewardStepDTO struct {
	Invites int    `json:"invites"`
	Prize   string `json:"prize"`
}

// RewardCampaignDTO is a campaign with its ladder.
type RewardCampaignDTO struct {
	ID        int64           `json:"id"`
	Name      string          `json:"name"`
	GroupID   int64           `json:"groupId"`
	GroupName string          `json:"groupName"`
	From      string          `json:"from"`
	To        string          `json:"to"`
	Steps     []RewardStepDTO `json:"steps"`
}

// RewardCampaignInputDTO is a campaign as typed.
type RewardCampaignInputDTO struct {
	Name    string          `json:"name"`
	GroupID int64           `json:"groupId"`
	From    string          `json:"from"`
	To      string          `json:"to"`
	Steps   []RewardStepDTO `json:"steps"`
}

func (in RewardCampaignInputDTO) toInput() rewards.CampaignInput {
	out := rewards.CampaignInput{Name: in.Name, GroupID: in.GroupID, From: in.From, To: in.To}
	for _, st := range in.Steps {
		out.Steps = append(out.Steps, rewards.Step(st))
	}
	return out
}

func toRewardCampaignDTO(c rewards.Campaign) RewardCampaignDTO {
	out := RewardCampaignDTO{ID: c.ID, Name: c.Name, GroupID: c.GroupID, GroupName: c.GroupName, From: c.From, To: c.To,
		Steps: make([]RewardStepDTO, len(c.Steps))}
	for i, st := range c.Steps {
		out.Steps[i] = RewardStepDTO(st)
	}
	return out
}

// RewardDTO is a step's prize for an inviter.
type RewardDTO struct {
	Step    int    `json:"step"`
	Invites int    `json:"invites"`
	Prize   string `json:"prize"`
	Reached bool   `json:"reached"`
	GivenAt string `json:"givenAt"` // "" while not given
}

// RewardProgressDTO is an inviter's standing.
type RewardProgressDTO struct {
	MemberID   int64          `json:"memberId"`
	Nickname   string         `json:"nickname"`
	PlatformID string         `json:"platformId"`
	Invited    int            `json:"invited"`
	Step       int            `json:"step"`
	Next       *RewardStepDTO `json:"next"`
	Rewards    []RewardDTO    `json:"rewards"`
}

// RewardStandingDTO is a campaign and its inviters.
type RewardStandingDTO struct {
	Campaign RewardCampaignDTO   `json:"campaign"`
	Inviters []RewardProgressDTO `json:"inviters"`
}

func toRewardStandingDTO(st rewards.Standing) RewardStandingDTO {
	out := RewardStandingDTO{Campaign: toRewardCampaignDTO(st.Campaign), Inviters: make([]RewardProgressDTO, len(st.Inviters))}
	for i, p := range st.Inviters {
		d := RewardProgressDTO{MemberID: p.MemberID, Nickname: p.Nickname, PlatformID: p.PlatformID, Invited: p.Invited,
			Step: p.Step, Rewards: make([]RewardDTO, len(p.Rewards))}
		if p.Next != nil {
			d.Next = &RewardStepDTO{Invites: p.Next.Invites, Prize: p.Next.Prize}
		}
		for j, r := range p.Rewards {
			d.Rewards[j] = RewardDTO(r)
		}
		out.Inviters[i] = d
	}
	return out
}

// RewardReferralDTO is a queue batch and the member it was sent for.
type RewardReferralDTO struct {
	BatchID   int64  `json:"batchId"`
	BatchName string `json:"batchName"`
	GroupName string `json:"groupName"`
	Joined    int    `json:"joined"`
	InviterID int64  `json:"inviterId"`
	Inviter   string `json:"inviter"`
	Linked    int    `json:"linked"`
}

// RewardQueueReportDTO is what linking a batch's joined drafts did.
type RewardQueueReportDTO struct {
	Linked  int                  `json:"linked"`
	Skipped []RewardQueueSkipDTO `json:"skipped"`
}

// RewardQueueSkipDTO is a member not linked, with the reason in words.
type RewardQueueSkipDTO struct {
	MemberID int64  `json:"memberId"`
	Nickname string `json:"nickname"`
	Reason   string `json:"reason"`
}

func toRewardQueueReportDTO(rep rewards.QueueReport, lang string) RewardQueueReportDTO {
	out := RewardQueueReportDTO{Linked: rep.Linked, Skipped: make([]RewardQueueSkipDTO, len(rep.Skipped))}
	for i, s := range rep.Skipped {
		out.Skipped[i] = RewardQueueSkipDTO{MemberID: s.MemberID, Nickname: s.Nickname, Reason: locales.Localize(lang, s.Key, s.Params)}
	}
	return out
}
