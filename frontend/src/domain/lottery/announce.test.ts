import { describe, expect, it, vi } from 'vitest'

vi.mock('../../i18n', () => ({
  t: (key: string, p: Record<string, unknown> = {}) => (key === 'ui.common.list_sep' ? '、' : `${key.split('.').slice(-2).join('.')}(${Object.values(p).join('|')})`),
}))
vi.mock('../../i18n/format', () => ({ formatNumber: (n: number) => String(n) }))

const { announcementText, holders, resultText } = await import('./announce')

const pick = (order: number, position: number, name: string, tier: number) => ({ order, step: order - 1, position, name, tier })

const draw = {
  id: 1, title: '周年抽奖', mode: 'verifiable', status: 'drawn', entrants: 30, listSha256: 'ab12', alternates: 2,
  sources: [{ label: '福彩3D', values: '4 0 7' }], tiers: [{ name: '一等奖', count: 1 }, { name: '二等奖', count: 2 }],
  key: '0.4.7./', winners: [pick(1, 7, '阿花', 0), pick(2, 3, '小红', 1), pick(3, 9, 'Tom', 1)],
  alternatesDrawn: [pick(4, 12, '李雷', -1), pick(5, 1, '王姐', -1)],
  replacements: [{ order: 2, byOrder: 4, reason: '联系不上' }, { order: 4, byOrder: 5, reason: '放弃' }],
  rules: { from: 'poll', keyword: '', minMentions: 0, minDays: 0, minLevel: 0, ironOnly: false, excludeWonDays: 30, weightDays: 0, weightCheckins: 0, weightTimes: 0 },
} as never

describe('lottery texts', () => {
  it('announces the hash, the rules and the sources to come', () => {
    const text = announcementText(draw)
    expect(text).toContain('announce.list_hash(ab12)')
    expect(text).toContain('· from.poll()')
    expect(text).toContain('· rule.won(30)')
    expect(text).toContain('1. 福彩3D')
    expect(text).toContain('announce.prizes(lottery.tier_count(一等奖|1)、lottery.tier_count(二等奖|2)|2)')
  })

  it('follows replacements down to who holds each prize', () => {
    const h = holders(draw)
    expect(h.map((ps) => ps.map((p) => p.name))).toEqual([['阿花'], ['王姐', 'Tom']])
    expect(resultText(draw)).toContain('result.tier(二等奖|王姐（#1）、Tom（#9）)')
  })
})
