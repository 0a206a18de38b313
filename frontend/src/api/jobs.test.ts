// One listen for every kind of job: the payload's fields without the job id,
// the error made an AppError, and nothing heard once stopped.
import { describe, expect, it, vi } from 'vitest'
import { AppError } from './errors'
import { JOBS } from './events'
import { listen, type JobEvent } from './jobs'

const bus = vi.hoisted(() => {
  const listeners = new Map<string, Set<(data: unknown) => void>>()
  return {
    EventsOn: (name: string, cb: (data: unknown) => void) => {
      if (!listeners.has(name)) listeners.set(name, new Set())
      listeners.get(name)!.add(cb)
      return () => listeners.get(name)!.delete(cb)
    },
    emit: (name: string, data: unknown) => [...(listeners.get(name) ?? [])].forEach((cb) => cb(data)),
  }
})
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: bus.EventsOn }))

type Scan = JobEvent<{ full: boolean; hits: number }>

describe('listen', () => {
  it('hands over every event of its kind with the job id, and stops', () => {
    const got: [string, Scan][] = []
    const off = listen<Scan>(JOBS.keywordScan, (id, e) => got.push([id, e]))
    bus.emit('keywords:progress', { jobId: '1', done: 2, total: 4 })
    bus.emit('tiers:done', { jobId: '1', summary: {} }) // another kind
    bus.emit('keywords:done', { jobId: '1', full: true, hits: 3 })
    bus.emit('keywords:failed', { jobId: '2', error: '{"code":"internal","key":"err.internal","message":"x"}' })
    off()
    off()
    bus.emit('keywords:done', { jobId: '3', full: false, hits: 0 })

    expect(got.slice(0, 2)).toEqual([
      ['1', { type: 'progress', done: 2, total: 4 }],
      ['1', { type: 'done', full: true, hits: 3 }],
    ])
    const [id, failed] = got[2]
    expect(id).toBe('2')
    expect(failed.type === 'failed' && failed.error).toBeInstanceOf(AppError)
    expect(failed.type === 'failed' && failed.error.code).toBe('internal')
    expect(got).toHaveLength(3)
  })
})
