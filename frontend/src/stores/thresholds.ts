// Every line the screens judge by (KPI lines, 7-2-1 targets and warning,
// best windows): loaded once from the backend's settings, the one source.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { thresholdsApi, type PlanLines, type Thresholds } from '../api/settings'

export const useThresholdsStore = defineStore('thresholds', () => {
  const lines = ref<Thresholds | null>(null)
  let loading: Promise<Thresholds> | null = null

  /** load reads the lines once (again after a save); callers may await it. */
  function load(): Promise<Thresholds> {
    loading ??= thresholdsApi.get().then((l) => (lines.value = l)).catch((e) => { loading = null; throw e })
    return loading
  }

  async function savePlan(p: PlanLines): Promise<Thresholds> {
    const l = await thresholdsApi.savePlan(p)
    lines.value = l
    loading = Promise.resolve(l)
    return l
  }
  return { lines, load, savePlan }
})
