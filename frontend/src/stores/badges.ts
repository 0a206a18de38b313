// Badges: the overview (each badge and its holders), the holdings list under
// its filter, this week's new badges with the congratulation, the
// evaluation job, and the creator's hand (award, take back).
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import {
  badgesApi, type BadgeChange, type BadgeHolding, type BadgeSettings, type BadgesOverview, type BadgesWeek,
} from '../api/badges'
import { useBadgeDays } from '../domain/engagement/badgeLabels'

/** What the holdings list shows: one badge ('' all) in one group (0 all), or the taken-back ones. */
export interface HoldingsFilter {
  badge: string
  groupId: number
  revoked: boolean
}

const EMPTY_WEEK: BadgesWeek = { since: '', holdings: [], message: '' }

export const useBadgesStore = defineStore('badges', () => {
  const overview = ref<BadgesOverview | null>(null)
  const filter = ref<HoldingsFilter>({ badge: '', groupId: 0, revoked: false })
  const holdings = ref<BadgeHolding[]>([])
  const week = ref<BadgesWeek>(EMPTY_WEEK)
  let asked = 0 // the latest list request: an earlier, slower answer is dropped
  watch(overview, (o) => { if (o) useBadgeDays(o.settings) }) // the streaks' names follow the settings

  /** load reads the overview, the holdings under the filter and this week's new badges. */
  async function load(): Promise<void> {
    const [o] = await Promise.all([badgesApi.overview(), loadHoldings(), loadWeek()])
    overview.value = o
  }

  async function loadHoldings(): Promise<void> {
    const mine = ++asked
    const f = filter.value
    const got = await badgesApi.list({ badge: f.badge, groupId: f.groupId, since: '', memberId: 0, revoked: f.revoked, limit: 0 })
    if (mine === asked) holdings.value = got
  }

  async function loadWeek(): Promise<void> {
    week.value = await badgesApi.thisWeek(filter.value.groupId)
  }

  /** setFilter lists the holdings under f (and this week's for its group). */
  async function setFilter(f: Partial<HoldingsFilter>): Promise<void> {
    const groupChanged = f.groupId !== undefined && f.groupId !== filter.value.groupId
    filter.value = { ...filter.value, ...f }
    await Promise.all([loadHoldings(), groupChanged ? loadWeek() : Promise.resolve()])
  }

  /** award gives a badge by hand, then reads everything again. */
  async function award(c: BadgeChange): Promise<void> {
    await badgesApi.award(c)
    await load()
  }

  /** takeBack drops the holding at once, puts it back if the backend refuses, then reads everything again. */
  async function takeBack(c: BadgeChange): Promise<void> {
    const before = holdings.value
    holdings.value = before.filter((h) => !(h.memberId === c.memberId && h.groupId === c.groupId && h.badge === c.badge))
    try {
      await badgesApi.takeBack(c)
    } catch (e) {
      holdings.value = before
      throw e
    }
    await load()
  }

  /** ofMember lists a member's badges (any group), newest first: the member drawer's. */
  const ofMember = (memberId: number): Promise<BadgeHolding[]> =>
    badgesApi.list({ badge: '', groupId: 0, since: '', memberId, revoked: false, limit: 0 })

  /** The evaluation in the background: its job id and progress (0–1) while it runs. */
  const evaluating = ref<{ id: string; progress: number } | null>(null)

  /** evaluate works every rule badge out again; it rejects when failed or cancelled. */
  function evaluate(): Promise<BadgesOverview> {
    return new Promise((resolve, reject) => {
      evaluating.value = { id: '', progress: 0 }
      badgesApi.startEvaluate((e) => {
        if (e.type === 'progress') {
          if (evaluating.value) evaluating.value.progress = e.done / Math.max(1, e.total)
          return
        }
        evaluating.value = null
        if (e.type === 'failed') return reject(e.error)
        overview.value = e.overview
        Promise.all([loadHoldings(), loadWeek()]).then(() => resolve(e.overview), reject)
      }).then((id) => {
        if (evaluating.value) evaluating.value.id = id
      }, (err) => {
        evaluating.value = null
        reject(err)
      })
    })
  }

  /** cancel stops the running evaluation (nothing is stored). */
  async function cancel(): Promise<void> {
    if (evaluating.value?.id) await badgesApi.cancelEvaluate(evaluating.value.id)
  }

  /** saveSettings stores the thresholds and works the badges out again under them. */
  async function saveSettings(s: BadgeSettings): Promise<BadgesOverview> {
    await badgesApi.saveSettings(s)
    return evaluate()
  }

  return { overview, filter, holdings, week, evaluating, load, ofMember, setFilter, award, takeBack, evaluate, cancel, saveSettings }
})
