// What the dashboard and health stores share: the group and period being
// looked at, and loading their numbers — the latest call wins, so a slow
// answer for a period no longer shown is dropped.
import { ref, watch } from 'vue'
import { toAppError, type AppError } from '../api/errors'
import { DEFAULT_PRESET, lastDays, type Period } from '../domain/period/period'

/**
 * usePeriodData is for use inside a setup store: fetch gets the numbers for a
 * group (0: all) and period, apply keeps them; another group or period loads again.
 */
export function usePeriodData<T>(fetch: (groupId: number, p: Period) => Promise<T>, apply: (v: T) => void) {
  const groupId = ref(0) // 0: all groups
  const period = ref<Period>(lastDays(DEFAULT_PRESET, new Date()))
  const loading = ref(false)
  const error = ref<AppError | null>(null)
  let ticket = 0

  /** load fetches the numbers for the current group and period; the latest call wins. */
  async function load(): Promise<void> {
    const mine = ++ticket
    loading.value = true
    error.value = null
    try {
      const v = await fetch(groupId.value, period.value)
      if (mine === ticket) apply(v)
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

  return { groupId, period, loading, error, load, show }
}
