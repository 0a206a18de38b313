// The points store over mocked bindings: saving a rule follows the
// recompute job (its own events only) to the new leaderboard; a failed or
// cancelled job rejects and leaves no job behind.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { AppError } from '../api/errors'
import { usePointsStore } from './points'

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

const rules = { message: 1, messageDailyCap: 20, reply: 2, checkin: 5, vote: 3, jielong: 3, lottery: 2, invitation: 20, purchaseUnit: 10, violation: -20 }
const api = vi.hoisted(() => ({ Rules: vi.fn(), Levels: vi.fn(), Leaderboard: vi.fn(), SaveRules: vi.fn(), StartRecompute: vi.fn(),
  CancelRecompute: vi.fn(), SaveOverride: vi.fn() }))
vi.mock('../../wailsjs/go/app/PointsAPI', () => api)

const board = (points: number) => ({ period: 'week', groupId: 0, stale: false, text: `积分榜\n1. 小红 ${points} 分`,
  rows: [{ rank: 1, memberId: 1, nickname: '小红', platformId: '', points, level: '新人' }] })

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
  api.Rules.mockResolvedValue({ workspace: rules, defaults: rules, overrides: null })
  api.Levels.mockResolvedValue([{ name: '新人', min: 0, perks: '' }])
  api.Leaderboard.mockResolvedValue(board(5))
})

describe('the points store', () => {
  it('saves a rule, follows the recompute and shows the new leaderboard', async () => {
    const s = usePointsStore()
    await s.load()
    expect(s.board?.rows[0].points).toBe(5)
    api.SaveRules.mockResolvedValue('job-2')
    const done = s.saveRules({ ...rules, checkin: 10 })
    await vi.waitFor(() => expect(s.job?.id).toBe('job-2'))
    bus.emit('points:progress', { jobId: 'job-1', done: 900, total: 1000 }) // another job's
    bus.emit('points:progress', { jobId: 'job-2', done: 500, total: 1000 })
    expect(s.job?.progress).toBe(0.5)
    api.Leaderboard.mockResolvedValue(board(10))
    bus.emit('points:done', { jobId: 'job-2', members: 1, events: 2 })
    await expect(done).resolves.toEqual({ members: 1, events: 2 })
    expect(s.job).toBeNull()
    expect(s.board?.rows[0].points).toBe(10)
    expect(api.SaveRules).toHaveBeenCalledWith({ ...rules, checkin: 10 })
  })

  it('rejects a cancelled recompute and clears the job', async () => {
    const s = usePointsStore()
    api.StartRecompute.mockResolvedValue('job-3')
    const done = s.recompute()
    await vi.waitFor(() => expect(s.job?.id).toBe('job-3'))
    await s.cancel()
    expect(api.CancelRecompute).toHaveBeenCalledWith('job-3')
    bus.emit('points:failed', { jobId: 'job-3', error: { code: 'cancelled', key: 'err.cancelled' } })
    await expect(done).rejects.toBeInstanceOf(AppError)
    expect(s.job).toBeNull()
  })

  it('rejects a refused save with its field errors and starts no job', async () => {
    const s = usePointsStore()
    api.SaveRules.mockRejectedValue(JSON.stringify({ code: 'invalid', key: 'err.invalid_input', fields: { reply: { key: 'err.field.range' } } }))
    const err = await s.saveRules({ ...rules, reply: -1 }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).fields.reply.key).toBe('err.field.range')
    expect(s.job).toBeNull()
  })
})
