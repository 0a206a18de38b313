import { describe, expect, it, vi } from 'vitest'
import { PageCache } from './pages'

/** A fetch whose answers the test releases by page. */
function deferredFetch() {
  const calls: { page: number; resolve: (rows: number[]) => void; reject: (e: unknown) => void }[] = []
  const fetch = vi.fn((offset: number, limit: number) => new Promise<number[]>((resolve, reject) => {
    calls.push({ page: offset / limit, resolve, reject })
  }))
  const answer = (page: number, gen = 0) => {
    const i = calls.findIndex((c) => c.page === page)
    const [c] = calls.splice(i, 1)
    c.resolve(Array.from({ length: 10 }, (_, k) => gen * 1000 + page * 10 + k))
  }
  return { fetch, calls, answer }
}

const flush = () => new Promise((r) => setTimeout(r))
const opts = { pageSize: 10, maxPages: 3, concurrency: 2 }

describe('PageCache', () => {
  it('fetches each missing page once, at most two at a time', async () => {
    const f = deferredFetch()
    const cache = new PageCache(f.fetch, () => {}, opts)
    cache.want([0, 1, 2])
    cache.want([0, 1, 2]) // asked again while loading: no new requests
    expect(f.fetch).toHaveBeenCalledTimes(2)
    f.answer(0)
    await flush()
    expect(f.fetch).toHaveBeenCalledTimes(3) // page 2 goes once a slot frees
    expect(cache.row(3)).toBe(3)
    expect(cache.row(13)).toBeUndefined()
  })

  it('drops queued pages the table no longer shows, before they are sent', async () => {
    const f = deferredFetch()
    const cache = new PageCache(f.fetch, () => {}, opts)
    cache.want([0, 1, 2, 3])
    cache.want([7]) // scrolled far away
    f.answer(0)
    f.answer(1)
    await flush()
    expect(f.fetch.mock.calls.map(([offset]) => offset / 10)).toEqual([0, 1, 7])
  })

  it('ignores answers for an earlier query', async () => {
    const f = deferredFetch()
    const cache = new PageCache(f.fetch, () => {}, opts)
    cache.want([0])
    cache.reset(f.fetch) // new filter: page 0 again
    f.answer(0, 0) // the old answer arrives: not shown
    await flush()
    expect(cache.row(0)).toBeUndefined()
    f.answer(0, 1)
    await flush()
    expect(cache.row(0)).toBe(1000)
  })

  it('keeps the old rows on screen through a refresh when asked to', async () => {
    const f = deferredFetch()
    const cache = new PageCache(f.fetch, () => {}, opts)
    cache.want([0])
    f.answer(0)
    await flush()
    cache.reset(f.fetch, { keep: true })
    expect(cache.row(1)).toBe(1) // stale but shown
    f.answer(0, 2)
    await flush()
    expect(cache.row(1)).toBe(2001)
    cache.reset(f.fetch)
    expect(cache.row(1)).toBeUndefined()
  })

  it('forgets the least recently used pages beyond its size, never the ones on screen', async () => {
    const f = deferredFetch()
    const cache = new PageCache(f.fetch, () => {}, { ...opts, concurrency: 9 })
    for (const p of [0, 1, 2, 3]) {
      cache.want([p])
      f.answer(p)
      await flush()
    }
    expect(cache.row(0)).toBeUndefined()
    expect([1, 2, 3].map((p) => cache.row(p * 10))).toEqual([10, 20, 30])
  })

  it('reports a failure and recovers on the next success', async () => {
    const f = deferredFetch()
    const changed = vi.fn()
    const cache = new PageCache(f.fetch, changed, opts)
    cache.want([0])
    f.calls[0].reject(new Error('boom'))
    await flush()
    expect((cache.error as Error).message).toBe('boom')
    expect(changed).toHaveBeenCalled()
    cache.want([1])
    f.answer(1)
    await flush()
    expect(cache.error).toBeNull()
  })
})
