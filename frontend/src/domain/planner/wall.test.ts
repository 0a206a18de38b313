import { describe, expect, it } from 'vitest'
import { addDays, addMonths, at, minutesOf, monthGrid, snap, weekStart } from './wall'

describe('wall-clock dates', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-29', 1, '2026-03-30'], // a DST change in Europe: still one day
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i = %s', (day, n, want) => {
    expect(addDays(day, n)).toBe(want)
  })

  it('finds the Monday and the month grid', () => {
    expect(weekStart('2026-03-01')).toBe('2026-02-23')
    expect(weekStart('2026-03-02')).toBe('2026-03-02')
    expect(monthGrid('2026-02-14')).toEqual({ first: '2026-02-01', from: '2026-01-26', to: '2026-03-09' })
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-01')
    expect(addMonths('2026-01-31', -1)).toBe('2025-12-01')
  })

  it('reads and writes clock times', () => {
    expect(minutesOf('2026-03-02T19:30')).toBe(1170)
    expect(at('2026-03-02', 1170)).toBe('2026-03-02T19:30')
    expect(at('2026-03-02', 2000)).toBe('2026-03-02T23:59')
    expect(snap(52)).toBe(45)
    expect(snap(53)).toBe(60)
  })
})
