// The dashboard: the group and period being looked at and their numbers.
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { dashboardApi, type DashboardData } from '../api/dashboard'
import { toAppError, type AppError } from '../api/errors'
import { DEFAULT_PRESET, lastDays, type Period } from '../components/health/health'

export const useDashboardStore = defineStore('dashboard', () => {
  const groupId = ref(0) // 0: all groups
  const period = ref<Period>(lastDays(DEFAULT_PRESET, new Date()))
  const data = ref<DashboardData | null>(null)
  const loading = ref(false)
  const error = ref<AppError | null>(null)
  let ticket = 0

  /** load fetches the dashboard for the current group and period; the latest call wins. */
  async function load(): Promise<void> {
    const mine = ++ticket
    loading.value = true
    error.value = null
    try {
      const d = await dashboardApi.get(groupId.value, period.value.from, period.value.to)
      if (mine === ticket) data.value = d
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

  return { groupId, period, data, loading, error, load, show }
})
