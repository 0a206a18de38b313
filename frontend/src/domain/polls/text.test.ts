import { describe, expect, it, vi } from 'vitest'

vi.mock('../../i18n', () => ({
  t: (key: string, p: Record<string, unknown> = {}) => `${key.split('.').pop()}(${Object.values(p).join('|')})`,
}))
vi.mock('../../i18n/format', () => ({
  formatNumber: (n: number) => String(n),
  formatPercent: (s: number) => `${Math.round(s * 100)}%`,
}))

const { summaryText, chartOption, letter, choiceText } = await import('./text')

const poll = { id: 1, question: '下周聊什么', options: ['护肤', '彩妆', '穿搭'] } as never

describe('poll text', () => {
  it('orders options by votes and adds turnout and the winner', () => {
    const text = summaryText(poll, { counts: [2, 5, 3], voters: 10, groupSize: 40 } as never)
    expect(text.split('\n')).toEqual([
      'head(下周聊什么)',
      'row(B|彩妆|5|50%)', 'row(C|穿搭|3|30%)', 'row(A|护肤|2|20%)',
      'turnout(10|40|25%)',
      'winner(B|彩妆)',
    ])
  })

  it('names no winner on a tie and counts voters without a group', () => {
    const text = summaryText(poll, { counts: [4, 4, 0], voters: 8, groupSize: 0 } as never)
    expect(text).toContain('voters(8)')
    // More counted votes than members: no share above 100 %.
    expect(summaryText(poll, { counts: [30, 20, 0], voters: 50, groupSize: 40 } as never)).toContain('voters(50)')
    expect(text).not.toContain('winner')
  })

  it('letters and choices', () => {
    expect(letter(0) + letter(19)).toBe('AT')
    expect(choiceText([1, 2])).toBe('B+C')
  })

  it('charts one bar an option', () => {
    const o = chartOption(poll, [1, 2, 3], '#f00')
    expect(o.yAxis.data).toEqual(['A. 护肤', 'B. 彩妆', 'C. 穿搭'])
    expect(o.series[0].data).toEqual([1, 2, 3])
  })
})
