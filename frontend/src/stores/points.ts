// Points: the rules in force, the leaderboard picked (group, period, rows),
// the levels, and the recompute job while it runs.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { pointsApi, type Challenge, type Leaderboard, type Level, type Manual, type ManualInput, type MemberPoints, type Override, type Period, type RecomputeEvent,
  type Rules, type RulesSet } from '../api/points'

export interface Counted { members: number; events: number }

export const usePointsStore = defineStore('points', () => {
  const rules = ref<RulesSet | null>(null)
  const levels = ref<Level[]>([])
  const board = ref<Leaderboard | null>(null)
  const groupId = ref(0)
  /** The period shown, or the group's 21-day challenge (the planner's check-in ranking). */
  const period = ref<Period | 'challenge'>('week')
  const challenge = ref<Challenge | null>(null)
  const limit = ref(20)
  /** The recompute job while it runs: its id and progress (0–1). */
  const job = ref<{ id: string; progress: number } | null>(null)

  async function load(): Promise<void> {
    const [r, l] = await Promise.all([pointsApi.rules(), pointsApi.levels()])
    rules.value = r
    levels.value = l
    await loadBoard()
  }

  async function loadBoard(): Promise<void> {
    const p = period.value
    if (p === 'challenge') {
      challenge.value = await pointsApi.challenge(groupId.value)
      return
    }
    board.value = await pointsApi.leaderboard(groupId.value, p, limit.value)
  }

  /** follow runs a recompute job started by start, tracking its progress; it resolves with what was counted. */
  function follow(start: (onEvent: (e: RecomputeEvent) => void) => Promise<string>): Promise<Counted> {
    return new Promise((resolve, reject) => {
      job.value = { id: '', progress: 0 }
      start((e) => {
        if (e.type === 'progress') {
          if (job.value) job.value.progress = e.done / Math.max(1, e.total)
          return
        }
        job.value = null
        if (e.type === 'failed') return reject(e.error)
        void loadBoard().then(() => resolve({ members: e.members, events: e.events }), reject)
      }).then((id) => {
        if (job.value) job.value.id = id
      }, (err) => {
        job.value = null
        reject(err)
      })
    })
  }

  async function saveRules(r: Rules): Promise<Counted> {
    const out = await follow((on) => pointsApi.saveRules(r, on))
    rules.value = await pointsApi.rules()
    return out
  }

  async function saveOverride(group: number, o: Override): Promise<Counted> {
    const out = await follow((on) => pointsApi.saveOverride(group, o, on))
    rules.value = await pointsApi.rules()
    return out
  }

  const recompute = (): Promise<Counted> => follow((on) => pointsApi.recompute(on))

  async function cancel(): Promise<void> {
    if (job.value?.id) await pointsApi.cancel(job.value.id)
  }

  async function award(input: ManualInput): Promise<Manual> {
    const m = await pointsApi.award(input)
    await loadBoard()
    return m
  }

  async function undo(id: number): Promise<void> {
    await pointsApi.undo(id)
    await loadBoard()
  }

  async function saveLevels(l: Level[]): Promise<void> {
    await pointsApi.saveLevels(l)
    levels.value = await pointsApi.levels()
    await loadBoard()
  }

  /** member is one member's points (the member drawer's part). */
  const member = (memberId: number): Promise<MemberPoints> => pointsApi.member(memberId)
  /** levelsText is the levels as text to paste in the group. */
  const levelsText = (): Promise<string> => pointsApi.levelsText()

  return { rules, levels, board, challenge, groupId, period, limit, job, load, loadBoard, saveRules, saveOverride, recompute,
    cancel, award, undo, saveLevels, member, levelsText }
})
