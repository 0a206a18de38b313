// Group health: the group and period being looked at, their health, and
// whether there is any chat activity at all to look at.
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { activityApi } from '../api/activity'
import { toAppError, type AppError } from '../api/errors'
import { healthApi, type Health } from '../api/health'
import { DEFAULT_PRESET, lastDays, type Period } from '../components/health/health'

export const useHealthStore = defineStore('health', () => {
  const groupId = ref(0) // 0: all groups
  const period = ref<Period>(lastDays(DEFAULT_PRESET, new Date()))
  const health = ref<Health | null>(null)
  const loading = ref(false)
  const error = ref<AppError | null>(null)
  /** null until known: whether any chat export has been imported. */
  const hasActivity = ref<boolean | null>(null)
  let ticket = 0

  /** load fetches the health for the current group and period; the latest call wins. */
  async function load(): Promise<void> {
    const mine = ++ticket
    loading.value = true
    error.value = null
    try {
      const [h, history] = await Promise.all([
        healthApi.get(groupId.value, period.value.from, period.value.to), activityApi.history()])
      if (mine !== ticket) return
      health.value = h
      hasActivity.value = history.length > 0
    } catch (e) {
      if (mine === ticket) error.value = toAppError(e)
    } finally {
      if (mine === ticket) loading.value = false
    }
  }

  /** show looks at another group or period (and loads it). */
  function show(next: { groupId?: number; period?: Period }): void {
    if (next.groupId !== undefined) groupId.value = next.groupId
    if (next.period) period.value = { ...next.period }
  }

  watch([groupId, () => period.value.from, () => period.value.to], () => void load())

  return { groupId, period, health, loading, error, hasActivity, load, show }
})
