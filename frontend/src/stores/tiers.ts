// Tier settings: the thresholds in use, and how many members each tier holds
// now, would hold under other values (a preview), or holds after saving.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { tiersApi, type TierCounts, type TierSettings, type TierSummary, type Timeline } from '../api/tiers'

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

  /** Re-scoring in the background: its job id and progress (0–1) while it runs. */
  const rescoring = ref<{ id: string; progress: number } | null>(null)

  /** recompute re-scores every member, following its progress; it rejects when failed or cancelled. */
  function recompute(): Promise<TierSummary> {
    return new Promise((resolve, reject) => {
      rescoring.value = { id: '', progress: 0 }
      tiersApi.startRecompute((e) => {
        if (e.type === 'progress') {
          if (rescoring.value) rescoring.value.progress = e.done / Math.max(1, e.total)
          return
        }
        rescoring.value = null
        if (e.type === 'failed') return reject(e.error)
        show(e.summary.tiers, 'recomputed')
        resolve(e.summary)
      }).then((id) => {
        if (rescoring.value) rescoring.value.id = id
      }, (err) => {
        rescoring.value = null
        reject(err)
      })
    })
  }

  /** cancelRecompute stops the running re-scoring (nothing is stored). */
  async function cancelRecompute(): Promise<void> {
    if (rescoring.value?.id) await tiersApi.cancelRecompute(rescoring.value.id)
  }

  const defaults = (): Promise<TierSettings> => tiersApi.defaults()

  /** timeline is a member's interactions per day over 90 days and the latest ones. */
  const timeline = (memberId: number): Promise<Timeline> => tiersApi.timeline(memberId)

  return { saved, counts, countsKind, rescoring, load, preview, save, recompute, cancelRecompute, defaults, timeline }
})
