// Invitation rewards: the campaigns, the one shown with its standing, and
// the queue batches with the member each was sent for. The latest load of
// a standing wins, so a slow answer for a campaign no longer shown is dropped.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { rewardsApi, type Campaign, type CampaignInput, type MemberInvites, type QueueReport, type Referral, type Standing } from '../api/rewards'

export const useRewardsStore = defineStore('rewards', () => {
  const campaigns = ref<Campaign[]>([])
  const campaignId = ref(0) // 0: none shown
  const standing = ref<Standing | null>(null)
  const referrals = ref<Referral[]>([])
  const loading = ref(false)
  let ticket = 0

  /** load lists the campaigns and shows the chosen one (else the latest). */
  async function load(): Promise<void> {
    campaigns.value = await rewardsApi.campaigns()
    if (!campaigns.value.some((c) => c.id === campaignId.value)) campaignId.value = campaigns.value[0]?.id ?? 0
    await show(campaignId.value)
  }

  /** show loads a campaign's standing (0: none). */
  async function show(id: number): Promise<void> {
    const mine = ++ticket
    campaignId.value = id
    if (!id) {
      standing.value = null
      return
    }
    loading.value = true
    try {
      const s = await rewardsApi.progress(id)
      if (mine === ticket) standing.value = s
    } finally {
      if (mine === ticket) loading.value = false
    }
  }

  async function save(id: number, input: CampaignInput): Promise<Campaign> {
    const c = await rewardsApi.saveCampaign(id, input)
    campaignId.value = c.id
    await load()
    return c
  }

  async function remove(id: number): Promise<void> {
    await rewardsApi.deleteCampaign(id)
    if (campaignId.value === id) campaignId.value = 0
    await load()
  }

  /** give marks (or with undo, unmarks) a reward given; the standing comes back updated. */
  async function give(memberId: number, invites: number, undo = false): Promise<void> {
    const id = campaignId.value
    const s = undo ? await rewardsApi.unmarkGiven(id, memberId, invites) : await rewardsApi.markGiven(id, memberId, invites)
    if (campaignId.value === id) standing.value = s
  }

  async function loadReferrals(): Promise<void> {
    referrals.value = await rewardsApi.referrals()
  }

  /** setReferrer names the member a batch was sent for; links change, so the standing is loaded again. */
  async function setReferrer(batchId: number, inviterId: number): Promise<QueueReport> {
    const rep = await rewardsApi.setReferrer(batchId, inviterId)
    await Promise.all([loadReferrals(), show(campaignId.value)])
    return rep
  }

  // One member's inviter (the member drawer's part): read, set, and the last change undone.
  const memberInvites = (memberId: number): Promise<MemberInvites> => rewardsApi.memberInvites(memberId)
  const setInviter = (memberId: number, inviterId: number): Promise<MemberInvites> => rewardsApi.setInviter(memberId, inviterId)
  const undoInviter = (memberId: number): Promise<MemberInvites> => rewardsApi.undoInviter(memberId)

  return { campaigns, campaignId, standing, referrals, loading, load, show, save, remove, give, loadReferrals, setReferrer,
    memberInvites, setInviter, undoInviter }
})
