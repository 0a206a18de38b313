import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { usePlannerStore } from './planner'
import type { PlanItem } from '../api/planner'

const api = vi.hoisted(() => ({ Move: vi.fn(), Week: vi.fn(), Range: vi.fn(), Today: vi.fn(), SetDone: vi.fn() }))
vi.mock('../../wailsjs/go/app/PlannerAPI', () => api)
vi.mock('../../wailsjs/go/app/SampleAPI', () => ({}))

const item = (id: number, start: string, minutes = 30): PlanItem => ({
  id, groupId: 1, kind: 'vote', title: `item ${id}`, category: 'useful', start, minutes, ownerId: 0, notes: '',
  checklist: [], pollId: 0, lotteryId: 0, end: '', groupName: 'g', ownerName: '', series: '', template: '', doneAt: '',
  audienceTier: '', audienceSegment: 0, topicId: 0, repeat: '',
})

const refused = { code: 'invalid', key: 'err.planner.minutes', params: {}, message: 'no' }

describe('planner store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(api).forEach((f) => f.mockReset())
  })

  it('moves an item at once, then shows the week the backend answers', async () => {
    const store = usePlannerStore()
    store.day = '2026-12-02'
    store.items = [item(1, '2026-11-30T20:00'), item(2, '2026-12-02T20:00')]
    let answer!: (it: PlanItem) => void
    api.Move.mockReturnValue(new Promise((r) => { answer = r }))
    const moved = item(1, '2026-12-01T12:00', 45)
    api.Week.mockResolvedValue({ start: '2026-11-30', items: [moved, item(2, '2026-12-02T20:00')], mix: { total: 2 } })
    api.Today.mockResolvedValue([])

    const done = store.move(1, '2026-12-01T12:00', 45)
    expect(store.items[0].start).toBe('2026-12-01T12:00') // optimistic
    expect(store.items[0].minutes).toBe(45)
    answer(moved)
    await done
    expect(api.Move).toHaveBeenCalledWith(1, '2026-12-01T12:00', 45)
    expect(api.Week).toHaveBeenCalledWith('2026-12-02', 0)
    expect(store.mix.total).toBe(2)
  })

  it('puts an item back when the move is refused', async () => {
    const store = usePlannerStore()
    store.items = [item(1, '2026-11-30T20:00')]
    api.Move.mockRejectedValue(refused)
    await expect(store.move(1, '2026-12-01T12:00', 2)).rejects.toMatchObject({ key: 'err.planner.minutes' })
    expect(store.items[0].start).toBe('2026-11-30T20:00')
    expect(store.items[0].minutes).toBe(30)
    expect(api.Week).not.toHaveBeenCalled()
  })

  it('marks a Today item done and undoes the mark on failure', async () => {
    const store = usePlannerStore()
    store.due = [{ item: item(3, '2026-12-02T20:00'), text: 'hi' }] as never
    api.SetDone.mockResolvedValueOnce({ ...item(3, '2026-12-02T20:00'), doneAt: '2026-12-02T09:00:00Z' })
    await store.setDone(3, true)
    expect(store.due[0].item.doneAt).toBe('2026-12-02T09:00:00Z')
    api.SetDone.mockRejectedValueOnce(refused)
    await expect(store.setDone(3, false)).rejects.toBeTruthy()
    expect(store.due[0].item.doneAt).toBe('2026-12-02T09:00:00Z')
  })

  it('asks the month view for its six weeks', async () => {
    const store = usePlannerStore()
    store.day = '2026-02-14'
    api.Week.mockResolvedValue({ start: '2026-02-09', items: [], mix: { total: 0 } })
    api.Range.mockResolvedValue([item(5, '2026-03-08T09:00')])
    api.Today.mockResolvedValue([])
    await store.setMode('month')
    expect(api.Range).toHaveBeenCalledWith('2026-01-26', '2026-03-09', 0)
    expect(store.items.map((i) => i.id)).toEqual([5])
  })
})
