// Tier settings: the thresholds in use, and how many members each tier holds
// now, would hold under other values (a preview), or holds after saving.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { tiersApi, type TierCounts, type TierSettings, type TierSummary } from '../api/tiers'

/** What the counts show: the saved values now, a preview of the form's, or the result of a save or recompute. */
export type CountsKind = 'now' | 'preview' | 'saved' | 'recomputed'

export const useTiersStore = defineStore('tiers', () => {
  const saved = ref<TierSettings | null>(null)
  const counts = ref<TierCounts | null>(null)
  const countsKind = ref<CountsKind>('now')

  function show(c: TierCounts, kind: CountsKind) {
    counts.value = c
    countsKind.value = kind
  }

  /** load reads the thresholds in use and counts the members under them. */
  async function load(): Promise<void> {
    const s = await tiersApi.settings()
    saved.value = s
    show(await tiersApi.preview(s), 'now')
  }

  /** preview counts the members each tier would hold under s (field errors reject). */
  async function preview(s: TierSettings): Promise<void> {
    show(await tiersApi.preview(s), 'preview')
  }

  /** save stores s and re-scores every member. */
  async function save(s: TierSettings): Promise<TierSummary> {
    const sum = await tiersApi.save(s)
    saved.value = { ...s }
    show(sum.tiers, 'saved')
    return sum
  }

  async function recompute(): Promise<TierSummary> {
    const sum = await tiersApi.recompute()
    show(sum.tiers, 'recomputed')
    return sum
  }

  const defaults = (): Promise<TierSettings> => tiersApi.defaults()

  return { saved, counts, countsKind, load, preview, save, recompute, defaults }
})
