import { describe, expect, it } from 'vitest'
import { daysOf, judged, lastDays, presetOf } from './period'

describe('periods', () => {
  const today = new Date(2025, 2, 3, 15, 30) // 3 March 2025, local time

  it('end today and count today in', () => {
    expect(lastDays(7, today)).toEqual({ from: '2025-02-25', to: '2025-03-03' })
    expect(lastDays(30, today)).toEqual({ from: '2025-02-02', to: '2025-03-03' })
  })

  it('are recognised as presets, a custom range as none', () => {
    expect(presetOf({ from: '2024-12-04', to: '2025-03-03' }, today)).toBe(90)
    expect(presetOf({ from: '2025-02-25', to: '2025-03-02' }, today)).toBeNull()
  })

  it('list their days, across a month end, and none when reversed', () => {
    expect(daysOf({ from: '2025-02-27', to: '2025-03-02' })).toEqual(['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02'])
    expect(daysOf({ from: '2025-03-03', to: '2025-03-01' })).toEqual([])
  })
})

describe('judged KPIs', () => {
  it('hold the line strictly above, or at most', () => {
    expect(judged('a', 20, 20, 'above', true).status).toBe('bad')
    expect(judged('a', 20.1, 20, 'above', true).status).toBe('ok')
    expect(judged('s', 0.4, 0.4, 'below', true).status).toBe('ok')
    expect(judged('s', 0.41, 0.4, 'below', true)).toEqual({ key: 's', value: 0.41, target: 0.4, direction: 'below', status: 'bad' })
  })

  it('judge nothing without members', () => {
    expect(judged('a', 0, 20, 'above', false).status).toBe('info')
  })
})
