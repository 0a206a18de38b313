// Keyword watch: the watch list, the filter and page of hits being looked
// at, and the background scan that brings the hits up to date after the
// list changes (started by every change, stoppable).
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { toAppError, type AppError } from '../api/errors'
import {
  EMPTY_FILTER, keywordsApi, type Hit, type HitFilter, type HitPage, type HitState, type ScanEvent, type Word, type WordInput,
} from '../api/keywords'

export const PAGE_SIZE = 50

export interface Scan {
  id: string // "" until StartScan answers
  done: number
  total: number
}

export type ScanOutcome = Exclude<ScanEvent, { type: 'progress' }>

const emptyPage = (): HitPage => ({ hits: [], total: 0, counts: {}, categories: {}, all: 0, stale: false })

export const useKeywordsStore = defineStore('keywords', () => {
  const words = ref<Word[]>([])
  const filter = ref<HitFilter>({ ...EMPTY_FILTER })
  const page = ref(1)
  const senderName = ref('') // the nickname of filter.memberId, for its chip
  const hits = ref<HitPage>(emptyPage())
  const loading = ref(false)
  const error = ref<AppError | null>(null)
  const scan = ref<Scan | null>(null)
  const outcome = ref<ScanOutcome | null>(null)
  let ticket = 0
  let again = false // the list changed during the running scan: scan once more after it

  const byCategory = computed(() => {
    const out: Record<string, Word[]> = {}
    for (const w of words.value) (out[w.category] ??= []).push(w)
    return out
  })

  async function loadWords(): Promise<void> {
    words.value = await keywordsApi.words()
  }

  /** loadHits fetches the current page; the latest call wins. */
  async function loadHits(): Promise<void> {
    const mine = ++ticket
    loading.value = true
    error.value = null
    try {
      const p = await keywordsApi.hits(filter.value, (page.value - 1) * PAGE_SIZE, PAGE_SIZE)
      if (mine === ticket) hits.value = p
    } catch (e) {
      if (mine === ticket) error.value = toAppError(e)
    } finally {
      if (mine === ticket) loading.value = false
    }
  }

  /** setFilter changes some conditions, back to the first page (sender: the nickname of next.memberId). */
  function setFilter(next: Partial<HitFilter>, sender?: string): Promise<void> {
    filter.value = { ...filter.value, ...next }
    if (sender !== undefined) senderName.value = sender
    page.value = 1
    return loadHits()
  }

  function setPage(n: number): Promise<void> {
    page.value = n
    return loadHits()
  }

  /** open loads the list and the hits, and rescans when the list changed since the last scan. */
  async function open(): Promise<void> {
    await loadWords()
    await loadHits()
    if (hits.value.stale && !scan.value) await rescan()
  }

  function onScanEvent(e: ScanEvent) {
    if (e.type === 'progress') {
      if (scan.value) Object.assign(scan.value, { done: e.done, total: e.total })
      return
    }
    scan.value = null
    if (again) {
      again = false
      void rescan().catch((err) => { error.value = toAppError(err) })
      return
    }
    outcome.value = e
    void loadHits()
  }

  /** rescan brings the hits up to date in the background (a running scan goes on). */
  async function rescan(): Promise<void> {
    if (scan.value) return
    outcome.value = null
    scan.value = { id: '', done: 0, total: 0 }
    try {
      const id = await keywordsApi.scan(onScanEvent)
      if (scan.value && !scan.value.id) scan.value.id = id
    } catch (e) {
      scan.value = null
      throw e
    }
  }

  async function cancelScan(): Promise<void> {
    if (scan.value?.id) await keywordsApi.cancelScan(scan.value.id)
  }

  /**
   * changed reloads the list after a change and rescans. A scan already
   * running read the old list: it is stopped, and the new one starts when
   * it has ended.
   */
  async function changed(): Promise<void> {
    await loadWords()
    if (!scan.value) return rescan()
    again = true
    await cancelScan()
  }

  async function add(w: WordInput): Promise<Word> {
    const added = await keywordsApi.add(w)
    await changed()
    return added
  }

  async function update(id: number, w: WordInput): Promise<Word> {
    const before = words.value.find((x) => x.id === id)
    const saved = await keywordsApi.update(id, w)
    if (before && before.text === saved.text) {
      await loadWords()
      await loadHits() // the level or category shown on the hits changed
      return saved
    }
    await changed()
    return saved
  }

  /** remove deletes a word, taking it off the list at once and putting it back if that fails. */
  async function remove(id: number): Promise<void> {
    const before = words.value
    words.value = before.filter((w) => w.id !== id)
    try {
      await keywordsApi.remove(id)
    } catch (e) {
      words.value = before
      throw e
    }
    if (filter.value.wordId === id) filter.value = { ...filter.value, wordId: 0 }
    await changed()
  }

  async function restoreDefaults(): Promise<number> {
    const n = await keywordsApi.restoreDefaults()
    if (n) await changed()
    return n
  }

  /**
   * setHitState records a hit's response, shown at once on every row of its
   * message and word and put back if that fails.
   */
  async function setHitState(hit: Hit, state: HitState): Promise<void> {
    const same = (h: Hit) => h.eventId === hit.eventId && h.word.id === hit.word.id
    const before = hits.value.hits.filter(same).map((h) => h.state)
    for (const h of hits.value.hits.filter(same)) h.state = state
    try {
      await keywordsApi.setState(hit.eventId, hit.word.id, state)
    } catch (e) {
      hits.value.hits.filter(same).forEach((h, i) => { h.state = before[i] ?? h.state })
      throw e
    }
    if (filter.value.state && filter.value.state !== state) await loadHits()
  }

  return {
    setHitState,
    words, byCategory, filter, senderName, page, hits, loading, error, scan, outcome,
    loadWords, loadHits, setFilter, setPage, open, rescan, cancelScan, add, update, remove, restoreDefaults,
  }
})
