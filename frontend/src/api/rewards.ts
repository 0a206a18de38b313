// Invitation rewards: who invited whom (member drawer, referred queue
// batches, imports), reward campaigns with their ladders, each inviter's
// progress and the rewards handed out.
import * as Rewards from '../../wailsjs/go/app/RewardsAPI'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'

export type MemberInvites = app.RewardsMemberDTO
export type Invitee = app.RewardsInviteeDTO
export type Campaign = app.RewardCampaignDTO
export type Step = app.RewardStepDTO
export type Standing = app.RewardStandingDTO
export type Progress = app.RewardProgressDTO
export type Reward = app.RewardDTO
export type Referral = app.RewardReferralDTO
export type QueueReport = app.RewardQueueReportDTO

export interface CampaignInput {
  name: string
  groupId: number
  from: string // YYYY-MM-DD
  to: string
  steps: { invites: number; prize: string }[]
}

const member = (m: MemberInvites): MemberInvites => ({ ...m, invitees: m.invitees ?? [] }) as MemberInvites
const campaign = (c: Campaign): Campaign => ({ ...c, steps: c.steps ?? [] }) as Campaign
const standing = (s: Standing): Standing => ({
  ...s,
  campaign: campaign(s.campaign),
  inviters: (s.inviters ?? []).map((p) => ({ ...p, rewards: p.rewards ?? [] })),
}) as Standing

export const rewardsApi = {
  memberInvites: (memberId: number): Promise<MemberInvites> => call(() => Rewards.MemberInvites(memberId)).then(member),
  setInviter: (memberId: number, inviterId: number): Promise<MemberInvites> =>
    call(() => Rewards.SetInviter(memberId, inviterId)).then(member),
  undoInviter: (memberId: number): Promise<MemberInvites> => call(() => Rewards.UndoInviter(memberId)).then(member),
  campaigns: (): Promise<Campaign[]> => call(() => Rewards.Campaigns()).then((cs) => (cs ?? []).map(campaign)),
  saveCampaign: (id: number, c: CampaignInput): Promise<Campaign> =>
    call(() => Rewards.SaveCampaign(id, c as app.RewardCampaignInputDTO)).then(campaign),
  deleteCampaign: (id: number): Promise<void> => call(() => Rewards.DeleteCampaign(id)),
  progress: (campaignId: number): Promise<Standing> => call(() => Rewards.Progress(campaignId)).then(standing),
  markGiven: (campaignId: number, memberId: number, invites: number): Promise<Standing> =>
    call(() => Rewards.MarkGiven(campaignId, memberId, invites)).then(standing),
  unmarkGiven: (campaignId: number, memberId: number, invites: number): Promise<Standing> =>
    call(() => Rewards.UnmarkGiven(campaignId, memberId, invites)).then(standing),
  referrals: (): Promise<Referral[]> => call(() => Rewards.Referrals()).then((rs) => rs ?? []),
  setReferrer: (batchId: number, inviterId: number): Promise<QueueReport> =>
    call(() => Rewards.SetReferrer(batchId, inviterId)).then((r) => ({ ...r, skipped: r.skipped ?? [] }) as QueueReport),
}
