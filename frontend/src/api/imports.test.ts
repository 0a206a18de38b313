// The job wrapper hands a job's events, and only that job's, to its handler,
// even the ones that arrive before Start has answered.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { AppError } from './errors'
import { importsApi, type JobEvent, type ImportRequest } from './imports'

const bus = vi.hoisted(() => {
  const listeners = new Map<string, Set<(data: unknown) => void>>()
  return {
    listeners,
    EventsOn: vi.fn((name: string, cb: (data: unknown) => void) => {
      if (!listeners.has(name)) listeners.set(name, new Set())
      listeners.get(name)!.add(cb)
      return () => listeners.get(name)!.delete(cb)
    }),
    emit: (name: string, data: unknown) => [...(listeners.get(name) ?? [])].forEach((cb) => cb(data)),
    count: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
  }
})
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: bus.EventsOn, OnFileDrop: vi.fn(), OnFileDropOff: vi.fn() }))

const binding = vi.hoisted(() => ({ Start: vi.fn(), Preview: vi.fn(), Cancel: vi.fn(), History: vi.fn(), ChooseFile: vi.fn() }))
vi.mock('../../wailsjs/go/app/ImportsAPI', () => binding)

const req: ImportRequest = {
  source: { path: '', text: 'a', sheet: '' }, mapping: null, platform: 'douyin', memberSource: '', groupId: 0,
  onDuplicate: 'update', skipInvalid: false, choices: {},
}
const report = { importId: 1, added: 2, updated: 0, skipped: 0, invalid: null }

describe('importsApi.start', () => {
  beforeEach(() => {
    bus.listeners.clear()
    binding.Start.mockReset()
  })

  it('passes on only its own job events, then stops listening', async () => {
    binding.Start.mockResolvedValue('7')
    const got: JobEvent[] = []
    expect(await importsApi.start(req, (e) => got.push(e))).toBe('7')

    bus.emit('import:progress', { jobId: '6', done: 1, total: 9 })
    bus.emit('import:progress', { jobId: '7', done: 1, total: 2 })
    bus.emit('import:done', { jobId: '6', report })
    bus.emit('import:done', { jobId: '7', report })

    expect(got).toEqual([
      { type: 'progress', done: 1, total: 2 },
      { type: 'done', report: { ...report, invalid: [], ambiguous: [] } },
    ])
    expect(bus.count()).toBe(0)
  })

  it('keeps the events that arrive before Start answers', async () => {
    binding.Start.mockImplementation(async () => {
      bus.emit('import:progress', { jobId: '3', done: 5, total: 5 })
      bus.emit('import:done', { jobId: '9', report })
      bus.emit('import:failed', {
        jobId: '3', invalid: [{ row: 3, field: 'fanLevel', key: 'err.member.number', params: {}, message: 'x' }],
        error: { code: 'invalid', key: 'err.import.invalid_rows', params: { Count: 1 }, message: '1 row is invalid' },
      })
      return '3'
    })
    const got: JobEvent[] = []
    await importsApi.start(req, (e) => got.push(e))

    expect(got.map((e) => e.type)).toEqual(['progress', 'failed'])
    const failed = got[1] as Extract<JobEvent, { type: 'failed' }>
    expect(failed.error).toBeInstanceOf(AppError)
    expect(failed.error.key).toBe('err.import.invalid_rows')
    expect(failed.invalid[0].row).toBe(3)
    expect(bus.count()).toBe(0)
  })

  it('stops listening when Start rejects', async () => {
    binding.Start.mockRejectedValue({ code: 'internal', key: 'err.internal', message: 'boom' })
    vi.spyOn(console, 'error').mockImplementation(() => {})
    await expect(importsApi.start(req, () => {})).rejects.toBeInstanceOf(AppError)
    expect(bus.count()).toBe(0)
  })

  it('sends null as the mapping when it is to be guessed', async () => {
    binding.Start.mockResolvedValue('1')
    await importsApi.start(req, () => {})
    expect(binding.Start.mock.calls[0][0]).toMatchObject({ mapping: null, platform: 'douyin', source: { text: 'a' } })
  })
})
