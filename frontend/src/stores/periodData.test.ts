// The shared loading of the dashboard and health stores: another group or
// period loads again, the latest call wins, and a failure becomes an error.
import { describe, expect, it } from 'vitest'
import { effectScope, nextTick } from 'vue'
import { usePeriodData } from './periodData'

function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej })
  return { promise, resolve, reject }
}

function setup() {
  const calls: { groupId: number; from: string; d: ReturnType<typeof deferred<string>> }[] = []
  const kept: string[] = []
  const view = effectScope().run(() => usePeriodData((groupId, p) => {
    const d = deferred<string>()
    calls.push({ groupId, from: p.from, d })
    return d.promise
  }, (v) => kept.push(v)))!
  return { view, calls, kept }
}

describe('period data', () => {
  it('loads again for another group or period, and keeps only the latest answer', async () => {
    const { view, calls, kept } = setup()
    const start = view.period.value.from
    view.show({ groupId: 3 })
    await nextTick()
    view.show({ period: { from: '2025-01-01', to: '2025-01-31' } })
    await nextTick()
    expect(calls.map((c) => [c.groupId, c.from])).toEqual([[3, start], [3, '2025-01-01']])
    expect(view.loading.value).toBe(true)
    calls[1].d.resolve('new')
    calls[0].d.resolve('old')
    await new Promise((r) => setTimeout(r))
    expect(kept).toEqual(['new'])
    expect(view.loading.value).toBe(false)
  })

  it('turns a failure into an error, cleared by the next load', async () => {
    const { view, calls } = setup()
    const first = view.load()
    calls[0].d.reject({ code: 'internal', key: 'err.internal', message: 'boom' })
    await first
    expect(view.error.value?.code).toBe('internal')
    const second = view.load()
    expect(view.error.value).toBeNull()
    calls[1].d.resolve('ok')
    await second
    expect(view.loading.value).toBe(false)
  })
})
