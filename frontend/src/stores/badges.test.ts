// The badges store over mocked bindings: an evaluation follows its job's
// progress to its end and reads the lists again; a cancelled one rejects; a
// taking back refused puts the holding back; the latest list answer wins.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useBadgesStore } from './badges'

const api = vi.hoisted(() => ({
  Overview: vi.fn(), List: vi.fn(), ThisWeek: vi.fn(), Award: vi.fn(), TakeBack: vi.fn(), SaveSettings: vi.fn(),
  DefaultSettings: vi.fn(), Settings: vi.fn(), StartEvaluate: vi.fn(), CancelEvaluate: vi.fn(),
}))
vi.mock('../../wailsjs/go/app/BadgesAPI', () => api)
const handlers = vi.hoisted(() => new Map<string, (p: unknown) => void>())
vi.mock('../../wailsjs/runtime/runtime', () => ({
  EventsOn: (name: string, fn: (p: unknown) => void) => { handlers.set(name, fn); return () => handlers.delete(name) },
}))
const emit = (name: string, payload: unknown) => handlers.get(name)?.(payload)

const settings = { streakDays: 7, longStreakDays: 21, pollDays: 30, pollMin: 3 }
const overview = (members: number) => ({ kinds: [{ badge: 'koc', label: 'KOC', holders: members, rule: true }], members, settings })
const holding = (memberId: number, badge = 'koc') => ({ memberId, nickname: `m${memberId}`, groupId: 0, groupName: '', badge,
  label: badge, earnedOn: '2026-11-20', source: 'rule', reason: '' })

describe('badges store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(api).forEach((f) => f.mockReset())
    handlers.clear()
    api.Overview.mockResolvedValue(overview(1))
    api.List.mockResolvedValue([holding(1)])
    api.ThisWeek.mockResolvedValue({ since: '2026-11-23', holdings: null, message: '' })
  })

  it('follows an evaluation to its end and reads the lists again', async () => {
    api.StartEvaluate.mockResolvedValue('4')
    const s = useBadgesStore()
    const done = s.evaluate()
    await vi.waitFor(() => expect(s.evaluating?.id).toBe('4'))
    emit('badges:progress', { jobId: '4', done: 2, total: 5 })
    expect(s.evaluating?.progress).toBeCloseTo(0.4)
    api.List.mockResolvedValue([holding(1), holding(2)])
    emit('badges:done', { jobId: '4', overview: overview(2) })
    await expect(done).resolves.toMatchObject({ members: 2 })
    expect(s.evaluating).toBeNull()
    expect(s.holdings.map((h) => h.memberId)).toEqual([1, 2])
    expect(s.week.holdings).toEqual([])
  })

  it('rejects a cancelled evaluation and asks the backend to stop it', async () => {
    api.StartEvaluate.mockResolvedValue('5')
    const s = useBadgesStore()
    const done = s.evaluate()
    await vi.waitFor(() => expect(s.evaluating?.id).toBe('5'))
    await s.cancel()
    expect(api.CancelEvaluate).toHaveBeenCalledWith('5')
    emit('badges:failed', { jobId: '5', error: { code: 'cancelled', key: 'err.cancelled', message: 'x' } })
    await expect(done).rejects.toMatchObject({ code: 'cancelled' })
    expect(s.evaluating).toBeNull()
  })

  it('puts a holding back when taking it back is refused', async () => {
    const s = useBadgesStore()
    await s.load()
    api.TakeBack.mockRejectedValue({ code: 'not_found', key: 'err.badges.not_held', params: {}, message: 'no' })
    await expect(s.takeBack({ memberId: 1, groupId: 0, badge: 'koc', reason: 'x' })).rejects.toMatchObject({ key: 'err.badges.not_held' })
    expect(s.holdings.map((h) => h.memberId)).toEqual([1])
  })

  it('keeps the latest list when an earlier answer comes late', async () => {
    const s = useBadgesStore()
    let slow: (v: unknown) => void = () => {}
    api.List.mockReturnValueOnce(new Promise((r) => { slow = r })).mockResolvedValueOnce([holding(3, 'praised')])
    const first = s.setFilter({ badge: 'koc' })
    await s.setFilter({ badge: 'praised' })
    slow([holding(1)])
    await first
    expect(s.holdings.map((h) => h.badge)).toEqual(['praised'])
    expect(api.List).toHaveBeenLastCalledWith({ badge: 'praised', groupId: 0, since: '', memberId: 0, revoked: false, limit: 0 })
  })
})
