// The rewards store over mocked bindings: loading shows the latest campaign
// (nulls filled in); a slow standing for a campaign no longer shown is
// dropped; marking given and undoing call the right binding and keep the
// standing they return; naming a batch's referrer reloads the batches and
// the standing.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useRewardsStore } from './rewards'

const api = vi.hoisted(() => ({
  Campaigns: vi.fn(), Progress: vi.fn(), MarkGiven: vi.fn(), UnmarkGiven: vi.fn(), Referrals: vi.fn(), SetReferrer: vi.fn(),
  SaveCampaign: vi.fn(), DeleteCampaign: vi.fn(), MemberInvites: vi.fn(), SetInviter: vi.fn(), UndoInviter: vi.fn(),
}))
vi.mock('../../wailsjs/go/app/RewardsAPI', () => api)

const campaign = (id: number) => ({ id, name: `c${id}`, groupId: 0, groupName: '', from: '2026-05-01', to: '2026-05-31', steps: null })
const standing = (id: number, invited = 3, givenAt = '') => ({
  campaign: campaign(id),
  inviters: [{ memberId: 5, nickname: '小美', platformId: '', invited, step: 1, next: null,
    rewards: [{ step: 1, invites: 3, prize: 'A', reached: true, givenAt }] }],
})

describe('rewards store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(api).forEach((f) => f.mockReset())
  })

  it('shows the latest campaign, nulls filled in', async () => {
    api.Campaigns.mockResolvedValue([campaign(2), campaign(1)])
    api.Progress.mockResolvedValue(standing(2))
    const s = useRewardsStore()
    await s.load()
    expect(api.Progress).toHaveBeenCalledWith(2)
    expect(s.campaignId).toBe(2)
    expect(s.campaigns[0].steps).toEqual([])
    expect(s.standing?.inviters[0].rewards).toHaveLength(1)
  })

  it('drops a slow standing for a campaign no longer shown', async () => {
    const s = useRewardsStore()
    let slow: (v: unknown) => void = () => {}
    api.Progress.mockReturnValueOnce(new Promise((r) => { slow = r })).mockResolvedValueOnce(standing(2))
    const first = s.show(1)
    await s.show(2)
    slow(standing(1))
    await first
    expect(s.standing?.campaign.id).toBe(2)
    expect(s.loading).toBe(false)
  })

  it('marks given and undoes through the bindings, keeping what they return', async () => {
    api.Progress.mockResolvedValue(standing(1))
    const s = useRewardsStore()
    await s.show(1)
    api.MarkGiven.mockResolvedValue(standing(1, 3, '2026-05-20T10:00:00Z'))
    await s.give(5, 3)
    expect(api.MarkGiven).toHaveBeenCalledWith(1, 5, 3)
    expect(s.standing?.inviters[0].rewards[0].givenAt).toBe('2026-05-20T10:00:00Z')
    api.UnmarkGiven.mockResolvedValue(standing(1))
    await s.give(5, 3, true)
    expect(api.UnmarkGiven).toHaveBeenCalledWith(1, 5, 3)
    expect(s.standing?.inviters[0].rewards[0].givenAt).toBe('')
  })

  it('reloads the batches and the standing after naming a referrer', async () => {
    api.Progress.mockResolvedValueOnce(standing(1, 0)).mockResolvedValueOnce(standing(1, 1))
    const s = useRewardsStore()
    await s.show(1)
    api.SetReferrer.mockResolvedValue({ linked: 1, skipped: null })
    api.Referrals.mockResolvedValue([{ batchId: 9, batchName: 'b', groupName: 'g', joined: 1, inviterId: 5, inviter: '小美', linked: 1 }])
    const rep = await s.setReferrer(9, 5)
    expect(rep.skipped).toEqual([])
    expect(s.referrals[0].linked).toBe(1)
    expect(s.standing?.inviters[0].invited).toBe(1)
  })
})
