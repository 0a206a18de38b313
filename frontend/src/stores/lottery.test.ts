// The lottery store over mocked bindings: a setup started from a poll, the
// freeze closes it and shows the frozen lottery, a draw and a replacement
// replace the lottery in the list, a redraw marks the earlier one redone,
// and a refused draw leaves the lottery as it was.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useLotteryStore } from './lottery'

const api = vi.hoisted(() => ({
  List: vi.fn(), Get: vi.fn(), Freeze: vi.fn(), Draw: vi.fn(), Replace: vi.fn(), Redraw: vi.fn(),
}))
vi.mock('../../wailsjs/go/app/LotteryAPI', () => api)

const draw = (over: object = {}) => ({
  id: 1, title: '抽奖', mode: 'verifiable', status: 'frozen', entrants: 5, listSha256: 'ab', sources: [{ label: 'x', values: '' }],
  tiers: [{ name: '一等奖', count: 1 }], alternates: 2, key: '', pollId: 3, groupId: 0, redrawOf: 0, redrawReason: '', redrawnBy: 0,
  frozenAt: '2026-12-03T12:00:00Z', drawnAt: '', winners: null, alternatesDrawn: null, replacements: null, rules: { from: 'poll' },
  ...over,
})

describe('lottery store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    for (const f of Object.values(api)) f.mockReset()
  })

  it('starts from a poll and freezes', async () => {
    const s = useLotteryStore()
    s.start({ from: 'poll', pollId: 3 }, '投票人抽奖')
    expect(s.setup?.entry.from).toBe('poll')
    expect(s.setup?.entry.pollId).toBe(3)
    expect(s.setup?.entry.minDays).toBe(0)
    expect(s.setup?.title).toBe('投票人抽奖')
    api.Freeze.mockResolvedValue(draw())
    await s.freeze({ title: '抽奖' } as never)
    expect(s.setup).toBeNull()
    expect(s.current?.id).toBe(1)
    expect(s.current?.winners).toEqual([]) // nulls from Go become empty lists
    expect(s.list.map((d) => d.id)).toEqual([1])
  })

  it('draws, replaces and redraws', async () => {
    const s = useLotteryStore()
    api.List.mockResolvedValue([draw()])
    api.Get.mockResolvedValue(draw())
    await s.load()
    await s.select(1)
    api.Draw.mockResolvedValue(draw({ status: 'drawn', key: '1./', winners: [{ order: 1, step: 0, position: 4, name: '阿花', tier: 0 }] }))
    await s.draw(['1'])
    expect(api.Draw).toHaveBeenCalledWith(1, ['1'])
    expect(s.list[0].status).toBe('drawn')
    api.Replace.mockResolvedValue(draw({ status: 'drawn', replacements: [{ order: 1, byOrder: 2, reason: '联系不上' }] }))
    await s.replace(1, '联系不上')
    expect(api.Replace).toHaveBeenCalledWith(1, 1, '联系不上')
    expect(s.current?.replacements).toHaveLength(1)
    api.Redraw.mockResolvedValue(draw({ id: 2, redrawOf: 1, redrawReason: '有误' }))
    await s.redraw('有误', ['y'], 'verifiable', true)
    expect(s.current?.id).toBe(2)
    expect(s.list.find((d) => d.id === 1)?.redrawnBy).toBe(2)
    expect(s.list.map((d) => d.id)).toEqual([2, 1])
  })

  it('keeps the lottery when a draw is refused', async () => {
    const s = useLotteryStore()
    api.Get.mockResolvedValue(draw({ status: 'drawn' }))
    await s.select(1)
    api.Draw.mockRejectedValue({ code: 'conflict', key: 'err.lottery.drawn' })
    await expect(s.draw(['1'])).rejects.toMatchObject({ key: 'err.lottery.drawn' })
    expect(s.current?.status).toBe('drawn')
  })
})
