import { describe, expect, it } from 'vitest'
import { funnelRates, growth, kpisOf, membersPerDay } from './kpis'
import { fromDTO, type DashboardData } from '../../api/dashboard'
import type { app } from '../../../wailsjs/go/models'

const base = (over: Partial<DashboardData>): DashboardData => fromDTO({
  members: 100, membersBefore: 80, joins: 30, leaves: 10, messages: 0, events: 0, days: 7, speakers: 0, reached: 0,
  silent: 0, messagesPer100: 25, reach: 0.7, participation: 0.2, silentShare: 0.5, silentAlert: true, recorded: true,
  thresholds: { messagesPer100: 20, reach: 0.65, participation: 0.3, silentShare: 0.4, silentDays: 3 }, ...over,
} as unknown as app.DashboardDTO)

describe('dashboard KPIs', () => {
  it('judges each KPI against its line, strictly above or at most', () => {
    const k = kpisOf(base({}))
    expect(k.map((x) => [x.key, x.status])).toEqual([
      ['messages', 'ok'], ['reach', 'ok'], ['participation', 'bad'], ['silent', 'bad'], ['members', 'info']])
    const edge = kpisOf(base({ messagesPer100: 20, reach: 0.65, participation: 0.31, silentShare: 0.4 }))
    expect(edge.map((x) => x.status)).toEqual(['bad', 'bad', 'ok', 'ok', 'info'])
  })
  it('judges nothing without members', () => {
    expect(kpisOf(base({ members: 0 })).every((k) => k.status === 'info')).toBe(true)
  })
  it('judges no activity before any chat export is on record', () => {
    expect(kpisOf(base({ recorded: false })).every((k) => k.status === 'info')).toBe(true)
  })
  it('works out growth and members per day', () => {
    expect(growth({ members: 100, membersBefore: 80 })).toEqual({ change: 20, share: 0.25 })
    expect(growth({ members: 5, membersBefore: 0 })).toEqual({ change: 5, share: null })
    const days = [{ joins: 3, leaves: 1 }, { joins: 0, leaves: 2 }, { joins: 1, leaves: 0 }]
      .map((d, i) => ({ date: `2026-03-0${i + 1}`, messages: 0, speakers: 0, reached: 0, ...d }))
    expect(membersPerDay(10, days)).toEqual([12, 10, 11])
  })
  it('rates each funnel step against the one before', () => {
    const r = funnelRates({ invited: 10, copied: 9, sent: 8, joined: 4, active: 0, core: 0 })
    expect(r.map((x) => [x.step, x.count, x.rate])).toEqual([
      ['invited', 10, null], ['sent', 8, 0.8], ['joined', 4, 0.5], ['active', 0, 0], ['core', 0, null]])
  })
})
