import { describe, expect, it } from 'vitest'
import { dailyCounts, localDate, summarize } from './timeline'

describe('member timeline', () => {
  const today = new Date(2025, 2, 3, 15, 30) // 3 March 2025, local time

  it('lists every day of the span, oldest first, quiet days at zero', () => {
    const days = dailyCounts([{ date: '2025-03-03', count: 4 }, { date: '2025-02-28', count: 2 }], today, 5)
    expect(days).toEqual([
      { date: '2025-02-27', count: 0 }, { date: '2025-02-28', count: 2 }, { date: '2025-03-01', count: 0 },
      { date: '2025-03-02', count: 0 }, { date: '2025-03-03', count: 4 },
    ])
  })

  it('covers 90 days by default and drops days outside them', () => {
    const days = dailyCounts([{ date: '2024-01-01', count: 9 }], today)
    expect(days).toHaveLength(90)
    expect(days[89].date).toBe(localDate(today))
    expect(days.every((d) => d.count === 0)).toBe(true)
  })

  it('sums the interactions, the active days and the busiest day', () => {
    const s = summarize([{ date: 'a', count: 1 }, { date: 'b', count: 0 }, { date: 'c', count: 5 }, { date: 'd', count: 5 }])
    expect(s).toEqual({ total: 11, activeDays: 3, busiest: { date: 'c', count: 5 } })
    expect(summarize([]).busiest).toBeNull()
  })
})
