package app

// RewardsAPI is invitation rewards: who invited whom (the member drawer,
// the invitation queue's referred batches, imports), reward campaigns
// with their ladders, each inviter's progress and the rewards handed out.
type RewardsAPI struct{ a *App }

// MemberInvites is who invited a member and whom they invited.
func (v *RewardsAPI) MemberInvites(memberID int64) (_ RewardsMemberDTO, err error) {
	defer v.a.catchPanic(&err)
	return v.memberInvites(memberID)
}

func (v *RewardsAPI) memberInvites(memberID int64) (RewardsMemberDTO, error) {
	ctx, svc := v.a.call(), v.a.ws.Rewards
	l, _, err := svc.Inviter(ctx, memberID)
	if err != nil {
		return RewardsMemberDTO{}, err
	}
	out := RewardsMemberDTO{MemberID: memberID, InviterID: l.InviterID, Inviter: l.Inviter, Source: l.Source, BatchID: l.BatchID}
	if out.CanUndo, err = svc.CanUndoInviter(ctx, memberID); err != nil {
		return out, err
	}
	ins, err := svc.Invitees(ctx, memberID)
	out.Invitees = make([]RewardsInviteeDTO, len(ins))
	for i, in := range ins {
		out.Invitees[i] = RewardsInviteeDTO(in)
	}
	return out, err
}

// SetInviter records who invited a member (0 clears it); undoable.
func (v *RewardsAPI) SetInviter(memberID, inviterID int64) (_ RewardsMemberDTO, err error) {
	defer v.a.catchPanic(&err)
	if err := v.a.ws.Rewards.SetInviter(v.a.call(), memberID, inviterID); err != nil {
		return RewardsMemberDTO{}, err
	}
	return v.memberInvites(memberID)
}

// UndoInviter puts back the member's inviter as before the last change.
func (v *RewardsAPI) UndoInviter(memberID int64) (_ RewardsMemberDTO, err error) {
	defer v.a.catchPanic(&err)
	if err := v.a.ws.Rewards.UndoInviter(v.a.call(), memberID); err != nil {
		return RewardsMemberDTO{}, err
	}
	return v.memberInvites(memberID)
}

// Campaigns lists the reward campaigns, the latest starting first.
func (v *RewardsAPI) Campaigns() (_ []RewardCampaignDTO, err error) {
	defer v.a.catchPanic(&err)
	cs, err := v.a.ws.Rewards.Campaigns(v.a.call())
	out := make([]RewardCampaignDTO, len(cs))
	for i, c := range cs {
		out[i] = toRewardCampaignDTO(c)
	}
	return out, err
}

// SaveCampaign creates (id 0) or replaces a campaign.
func (v *RewardsAPI) SaveCampaign(id int64, in RewardCampaignInputDTO) (_ RewardCampaignDTO, err error) {
	defer v.a.catchPanic(&err)
	c, err := v.a.ws.Rewards.SaveCampaign(v.a.call(), id, in.toInput())
	return toRewardCampaignDTO(c), err
}

// DeleteCampaign deletes a campaign and the rewards it marked given.
func (v *RewardsAPI) DeleteCampaign(id int64) (err error) {
	defer v.a.catchPanic(&err)
	return v.a.ws.Rewards.DeleteCampaign(v.a.call(), id)
}

// Progress is each inviter's standing in a campaign.
func (v *RewardsAPI) Progress(campaignID int64) (_ RewardStandingDTO, err error) {
	defer v.a.catchPanic(&err)
	st, err := v.a.ws.Rewards.Progress(v.a.call(), campaignID)
	return toRewardStandingDTO(st), err
}

// MarkGiven records a step's prize as handed to an inviter.
func (v *RewardsAPI) MarkGiven(campaignID, memberID int64, invites int) (_ RewardStandingDTO, err error) {
	defer v.a.catchPanic(&err)
	if err := v.a.ws.Rewards.MarkGiven(v.a.call(), campaignID, memberID, invites); err != nil {
		return RewardStandingDTO{}, err
	}
	return v.Progress(campaignID)
}

// UnmarkGiven undoes MarkGiven.
func (v *RewardsAPI) UnmarkGiven(campaignID, memberID int64, invites int) (_ RewardStandingDTO, err error) {
	defer v.a.catchPanic(&err)
	if err := v.a.ws.Rewards.UnmarkGiven(v.a.call(), campaignID, memberID, invites); err != nil {
		return RewardStandingDTO{}, err
	}
	return v.Progress(campaignID)
}

// Referrals lists the invitation queue's batches with the member each
// was sent for.
func (v *RewardsAPI) Referrals() (_ []RewardReferralDTO, err error) {
	defer v.a.catchPanic(&err)
	rs, err := v.a.ws.Rewards.Referrals(v.a.call())
	out := make([]RewardReferralDTO, len(rs))
	for i, r := range rs {
		out[i] = RewardReferralDTO(r)
	}
	return out, err
}

// SetReferrer marks a batch as sent at a member's referral (0: nobody's)
// and links its joined drafts' members to them.
func (v *RewardsAPI) SetReferrer(batchID, inviterID int64) (_ RewardQueueReportDTO, err error) {
	defer v.a.catchPanic(&err)
	rep, err := v.a.ws.Rewards.SetReferrer(v.a.call(), batchID, inviterID)
	return toRewardQueueReportDTO(rep, v.a.language()), err
}
