// The keyword store over mocked bindings: opening rescans a changed list,
// word changes rescan (a scan already running is stopped and run again),
// a failed delete puts the word back, filters go back to the first page.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { PAGE_SIZE, useKeywordsStore } from './keywords'

const bus = vi.hoisted(() => {
  const listeners = new Map<string, Set<(data: unknown) => void>>()
  return {
    listeners,
    EventsOn: (name: string, cb: (data: unknown) => void) => {
      if (!listeners.has(name)) listeners.set(name, new Set())
      listeners.get(name)!.add(cb)
      return () => listeners.get(name)!.delete(cb)
    },
    emit: (name: string, data: unknown) => [...(listeners.get(name) ?? [])].forEach((cb) => cb(data)),
  }
})
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: bus.EventsOn }))

const api = vi.hoisted(() => ({
  Words: vi.fn(), AddWord: vi.fn(), UpdateWord: vi.fn(), DeleteWord: vi.fn(), RestoreDefaults: vi.fn(),
  Hits: vi.fn(), StartScan: vi.fn(), CancelScan: vi.fn(), SetHitState: vi.fn(),
}))
vi.mock('../../wailsjs/go/app/KeywordsAPI', () => api)

const word = (id: number, text: string, severity = 2, category = 'adlaw') =>
  ({ id, text, category, severity, level: '', note: '' })
const page = (over: object = {}) => ({ hits: [], total: 0, counts: {}, categories: {}, all: 0, stale: false, ...over })
const cancelled = { code: 'cancelled', key: 'err.cancelled', message: 'cancelled' }

describe('keywords store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    bus.listeners.clear()
    Object.values(api).forEach((f) => f.mockReset())
    api.Words.mockResolvedValue([word(1, '最'), word(2, '退款', 2, 'negative')])
    api.Hits.mockResolvedValue(page())
  })

  it('opens on the list by category and the hits, rescanning when the list changed since', async () => {
    const store = useKeywordsStore()
    api.Hits.mockResolvedValueOnce(page({ stale: true }))
    api.StartScan.mockResolvedValue('1')
    await store.open()
    expect(Object.keys(store.byCategory)).toEqual(['adlaw', 'negative'])
    expect(api.StartScan).toHaveBeenCalledTimes(1)
    bus.emit('keywords:progress', { jobId: '9', done: 1, total: 1 }) // another job
    bus.emit('keywords:progress', { jobId: '1', done: 30, total: 100 })
    expect(store.scan).toEqual({ id: '1', done: 30, total: 100 })
    bus.emit('keywords:done', { jobId: '1', full: true, events: 100, hits: 7 })
    expect(store.scan).toBeNull()
    expect(store.outcome).toEqual({ type: 'done', full: true, events: 100, hits: 7 })
    await vi.waitFor(() => expect(api.Hits).toHaveBeenCalledTimes(2)) // reloaded after the scan
  })

  it('rescans after a word is added; a change during a scan stops it and scans again after', async () => {
    const store = useKeywordsStore()
    await store.open()
    api.AddWord.mockResolvedValue(word(3, '面霜', 2, 'competitor'))
    api.StartScan.mockResolvedValueOnce('1').mockResolvedValueOnce('2')
    const input = { text: '面霜', category: 'competitor', severity: 2, note: '' }
    await store.add(input)
    expect(api.AddWord).toHaveBeenCalledWith(expect.objectContaining(input))
    expect(api.Words).toHaveBeenCalledTimes(2)
    expect(store.scan?.id).toBe('1')

    api.DeleteWord.mockResolvedValue(undefined)
    await store.remove(1)
    expect(api.CancelScan).toHaveBeenCalledWith('1')
    expect(api.StartScan).toHaveBeenCalledTimes(1)
    bus.emit('keywords:failed', { jobId: '1', error: cancelled })
    await vi.waitFor(() => expect(api.StartScan).toHaveBeenCalledTimes(2))
    expect(store.outcome).toBeNull() // the stopped scan is not reported
    await vi.waitFor(() => expect(store.scan?.id).toBe('2'))
  })

  it('puts a word back when deleting it fails', async () => {
    const store = useKeywordsStore()
    await store.open()
    api.DeleteWord.mockRejectedValue(JSON.stringify({ code: 'not_found', key: 'err.keywords.not_found' }))
    const pending = store.remove(2)
    expect(store.words.map((w) => w.text)).toEqual(['最']) // gone at once
    await expect(pending).rejects.toMatchObject({ code: 'not_found' })
    expect(store.words.map((w) => w.text)).toEqual(['最', '退款'])
    expect(api.StartScan).not.toHaveBeenCalled()
  })

  it('asks for the filtered page, and goes back to the first page when the filter changes', async () => {
    const store = useKeywordsStore()
    await store.open()
    await store.setPage(3)
    expect(api.Hits).toHaveBeenLastCalledWith(expect.objectContaining({ offset: 2 * PAGE_SIZE, limit: PAGE_SIZE }))
    await store.setFilter({ severity: 3, groupId: 5 })
    expect(store.page).toBe(1)
    expect(api.Hits).toHaveBeenLastCalledWith(expect.objectContaining({ severity: 3, groupId: 5, offset: 0 }))
  })

  it('keeps only the latest answer when filters change quickly', async () => {
    const store = useKeywordsStore()
    let answer: (p: unknown) => void = () => {}
    api.Hits.mockImplementationOnce(() => new Promise((r) => { answer = r }))
    const slow = store.setFilter({ severity: 1 })
    api.Hits.mockResolvedValueOnce(page({ total: 2 }))
    await store.setFilter({ severity: 2 })
    answer(page({ total: 99 }))
    await slow
    expect(store.hits.total).toBe(2)
  })

  it('changing only a level reloads the hits without a rescan', async () => {
    const store = useKeywordsStore()
    await store.open()
    api.UpdateWord.mockResolvedValue(word(1, '最', 3))
    await store.update(1, { text: '最', category: 'adlaw', severity: 3, note: '' })
    expect(api.StartScan).not.toHaveBeenCalled()
    expect(api.Hits).toHaveBeenCalledTimes(2)
  })

  it('marks a hit at once on every row of its message and word, and puts it back when refused', async () => {
    const store = useKeywordsStore()
    const hit = (eventId: number, wordId: number, match: string) => ({ eventId, word: word(wordId, match), at: '', groupId: 1,
      group: 'g', memberId: 1, nickname: 'n', before: '', match, after: '', text: match, state: 'pending', suggest: 'reminded', violation: 0 })
    api.Hits.mockResolvedValue(page({ hits: [hit(7, 1, '最'), hit(7, 1, '最'), hit(8, 1, '最')], total: 3 }))
    await store.loadHits()
    api.SetHitState.mockResolvedValueOnce(undefined)
    await store.setHitState(store.hits.hits[0]!, 'noted')
    expect(api.SetHitState).toHaveBeenCalledWith(7, 1, 'noted')
    expect(store.hits.hits.map((h) => h.state)).toEqual(['noted', 'noted', 'pending'])

    api.SetHitState.mockRejectedValueOnce(new Error(JSON.stringify({ code: 'not_found', key: 'err.keywords.no_hit', message: 'gone' })))
    await expect(store.setHitState(store.hits.hits[2]!, 'handled')).rejects.toMatchObject({ key: 'err.keywords.no_hit' })
    expect(store.hits.hits.map((h) => h.state)).toEqual(['noted', 'noted', 'pending'])
  })
})
