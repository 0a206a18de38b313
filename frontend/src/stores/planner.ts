// The planner: the visible week or month of one group (0: all), what is
// due today, and the edits, moved optimistically and rolled back on failure.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  plannerApi, type ApplyTemplateInput, type Board, type Due, type Mix, type PlanItem, type PlanItemInput, type PlanWeek, type Recurrence,
} from '../api/planner'
import { addDays, addMonths, monthGrid, weekStart } from '../domain/planner/wall'

export type PlannerMode = 'week' | 'month'

const EMPTY_MIX: Mix = { useful: 0, emotional: 0, marketing: 0, total: 0, usefulShare: 0, emotionalShare: 0, marketingShare: 0, warn: false, marketingWarnAt: 0 }

export const usePlannerStore = defineStore('planner', () => {
  const groupId = ref(0)
  const mode = ref<PlannerMode>('week')
  const day = ref('')
  const today = ref('')
  const items = ref<PlanItem[]>([])
  const mix = ref<Mix>(EMPTY_MIX)
  const due = ref<Due[]>([])
  const kinds = ref<Record<string, string>>({})
  const templates = ref<string[]>([])
  const loading = ref(false)

  const start = computed(() => (mode.value === 'week' ? weekStart(day.value) : monthGrid(day.value).from))
  const end = computed(() => (mode.value === 'week' ? addDays(start.value, 7) : monthGrid(day.value).to))

  async function init(): Promise<void> {
    if (!today.value) today.value = await plannerApi.todayDate()
    if (!day.value) day.value = today.value
    if (!templates.value.length) {
      ;[kinds.value, templates.value] = await Promise.all([plannerApi.kinds(), plannerApi.templates()])
    }
    await refresh()
  }

  async function refresh(): Promise<void> {
    loading.value = true
    try {
      const [w, list, d] = await Promise.all([
        plannerApi.week(day.value, groupId.value),
        mode.value === 'month' ? plannerApi.range(start.value, end.value, groupId.value) : Promise.resolve(null),
        plannerApi.today(),
      ])
      items.value = list ?? w.items
      mix.value = w.mix
      due.value = d
    } finally {
      loading.value = false
    }
  }

  function go(step: number): Promise<void> {
    day.value = mode.value === 'week' ? addDays(day.value, 7 * step) : addMonths(day.value, step)
    return refresh()
  }

  function jump(to: string): Promise<void> {
    day.value = to
    return refresh()
  }

  function setMode(m: PlannerMode): Promise<void> {
    mode.value = m
    return refresh()
  }

  function setGroup(id: number): Promise<void> {
    groupId.value = id
    return refresh()
  }

  /** move puts an item at start with a length at once; the server's answer (or the old place) follows. */
  async function move(id: number, startAt: string, minutes: number): Promise<void> {
    const before = items.value
    items.value = items.value.map((it) => (it.id === id ? ({ ...it, start: startAt, minutes } as PlanItem) : it))
    try {
      await plannerApi.move(id, startAt, minutes)
    } catch (e) {
      items.value = before
      throw e
    }
    await refresh()
  }

  async function duplicate(id: number, startAt: string): Promise<void> {
    await plannerApi.duplicate(id, startAt)
    await refresh()
  }

  async function create(input: PlanItemInput, rec: Recurrence): Promise<number> {
    const made = await plannerApi.create(input, rec)
    await refresh()
    return made.length
  }

  async function update(id: number, input: PlanItemInput): Promise<void> {
    await plannerApi.update(id, input)
    await refresh()
  }

  async function remove(id: number, series: boolean): Promise<number> {
    const n = await plannerApi.remove(id, series)
    await refresh()
    return n
  }

  async function applyTemplate(input: ApplyTemplateInput): Promise<number> {
    const made = await plannerApi.applyTemplate(input)
    await refresh()
    return made.length
  }

  /** setDone marks a Today item at once, rolled back on failure. */
  async function setDone(id: number, done: boolean): Promise<void> {
    const before = due.value
    due.value = due.value.map((d) => (d.item.id === id ? ({ ...d, item: { ...d.item, doneAt: done ? 'now' : '' } } as Due) : d))
    try {
      const it = await plannerApi.setDone(id, done)
      due.value = due.value.map((d) => (d.item.id === id ? ({ ...d, item: it } as Due) : d))
      items.value = items.value.map((x) => (x.id === id ? it : x))
    } catch (e) {
      due.value = before
      throw e
    }
  }

  const weekText = () => plannerApi.weekText(day.value, groupId.value)

  /** week is the week holding day, read afresh (the picture to share draws it). */
  const week = (d: string, group: number): Promise<PlanWeek> => plannerApi.week(d, group)
  /** savePng saves the week's picture; the path written, or "" when cancelled. */
  const savePng = (dataUrl: string, title: string): Promise<string> => plannerApi.savePng(dataUrl, title)
  /** leaderboard is a challenge item's check-in board, with its text to paste. */
  const leaderboard = (itemId: number): Promise<Board> => plannerApi.leaderboard(itemId)

  return { groupId, mode, day, today, items, mix, due, kinds, templates, loading, start, end,
    init, refresh, go, jump, setMode, setGroup, move, duplicate, create, update, remove, applyTemplate, setDone, weekText,
    week, savePng, leaderboard }
})
