import { describe, expect, it } from 'vitest'
import { guidance, monthlyFrom, recurrence, statusTag, unreached } from './rhythm'
import type { TierRhythm } from '../../api/planner'

const tier = (t: string, per: string, min: number, max: number, status: string): TierRhythm =>
  ({ tier: t, per, min, max, perDay: [0, 0, 0, 0, 0, 0, 0], total: 0, status })

describe('rhythm panel', () => {
  it('words each tier\'s guidance by day, by week or none', () => {
    expect(guidance(tier('core', 'day', 3, 5, 'ok'))).toEqual(['ui.rhythms.panel.guidance_day', { Min: 3, Max: 5 }])
    expect(guidance(tier('lurker', 'week', 1, 2, 'ok'))).toEqual(['ui.rhythms.panel.guidance_week', { Min: 1, Max: 2 }])
    expect(guidance(tier('dormant', 'week', 0, 0, 'none'))).toEqual(['ui.rhythms.panel.guidance_none', {}])
  })

  it('colours the statuses and lists the tiers left without an item', () => {
    expect([statusTag('none'), statusTag('low'), statusTag('ok'), statusTag('high'), statusTag('?')])
      .toEqual(['error', 'warning', 'success', 'warning', 'default'])
    const week = [tier('core', 'day', 3, 5, 'ok'), tier('active', 'day', 1, 2, 'none'), tier('dormant', 'week', 0, 0, 'none')]
    expect(unreached(week)).toEqual(['active', 'dormant'])
  })
})

describe('monthly repeat form', () => {
  it('starts from the item\'s day: its date, and which weekday of the month it is', () => {
    expect(monthlyFrom('2026-12-18T20:00')).toEqual({ by: 'day', day: 18, nth: 3, weekday: 5, interval: 1 })
    expect(monthlyFrom('2026-12-27T20:00')).toMatchObject({ nth: -1, weekday: 0 }) // the last Sunday
    expect(monthlyFrom('2028-02-29T08:00')).toMatchObject({ day: 29, nth: -1, weekday: 2 })
  })

  it('sends the rule the backend expects', () => {
    const m = monthlyFrom('2026-12-18T20:00')
    expect(recurrence('', 4, m)).toMatchObject({ freq: '', count: 0 })
    expect(recurrence('weekly', 4, m)).toMatchObject({ freq: 'weekly', interval: 1, count: 4, nth: 0, monthDay: 0 })
    expect(recurrence('monthly', 6, m)).toMatchObject({ freq: 'monthly', interval: 1, count: 6, monthDay: 18, nth: 0 })
    expect(recurrence('monthly', 6, { ...m, by: 'weekday', interval: 3 }))
      .toMatchObject({ freq: 'monthly', interval: 3, count: 6, monthDay: 0, nth: 3, weekday: 5 })
    expect(recurrence('monthly', 2, { ...m, day: -1 })).toMatchObject({ monthDay: -1 })
  })
})
