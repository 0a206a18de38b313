// The weekly review: the group and period reviewed, their numbers, and the
// review settings (hours after an item, the lift lines). The latest load
// wins, so a slow answer for a period no longer shown is dropped.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { reviewApi, type ReviewData, type ReviewSettings } from '../api/review'
import { toAppError, type AppError } from '../api/errors'
import { weekOf } from '../domain/review/review'
import type { Period } from '../domain/period/period'

export const useReviewStore = defineStore('review', () => {
  const groupId = ref(0) // 0: none chosen yet
  const period = ref<Period>(weekOf(new Date()))
  const data = ref<ReviewData | null>(null)
  const settings = ref<ReviewSettings | null>(null)
  const loading = ref(false)
  const error = ref<AppError | null>(null)
  let ticket = 0

  /** load reviews the current group and period (nothing without a group). */
  async function load(): Promise<void> {
    const mine = ++ticket
    if (!groupId.value) {
      data.value = null
      return
    }
    loading.value = true
    error.value = null
    try {
      const d = await reviewApi.get(groupId.value, period.value.from, period.value.to)
      if (mine === ticket) data.value = d
    } catch (e) {
      if (mine === ticket) error.value = toAppError(e)
    } finally {
      if (mine === ticket) loading.value = false
    }
  }

  /** show reviews another group or period. */
  function show(next: { groupId?: number; period?: Period }): Promise<void> {
    if (next.groupId !== undefined) groupId.value = next.groupId
    if (next.period) period.value = { ...next.period }
    return load()
  }

  /** text is the review shown, as plain text to paste. */
  const text = (): Promise<string> => reviewApi.text(groupId.value, period.value.from, period.value.to)

  async function loadSettings(): Promise<void> {
    settings.value = await reviewApi.settings()
  }

  /** saveSettings stores the settings and reviews again with them. */
  async function saveSettings(s: ReviewSettings): Promise<void> {
    settings.value = await reviewApi.saveSettings(s)
    await load()
  }

  return { groupId, period, data, settings, loading, error, load, show, text, loadSettings, saveSettings }
})
