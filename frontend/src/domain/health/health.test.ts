import { describe, expect, it } from 'vitest'
import { fillDays, kpisOf, summarizeHeatmap, tierReading } from './health'
import { kpiTarget, kpiValue, weekdayName } from './labels'
import type { Health, Thresholds } from '../../api/health'
import type { BestWindow } from '../../api/settings'
import { busiestHours, clock, inBestWindow } from '../period/windows'
import { loadLanguage } from '../../i18n'

// What the backend's settings send by default (the tests' own fixture, not a copy the app reads).
const THRESHOLDS: Thresholds = { messagesPer100: 20, reach: 0.65, participation: 0.3, silentShare: 0.4, silentDays: 3 }
const WINDOWS: BestWindow[] = [{ key: 'news', from: 420, to: 510 }, { key: 'lunch', from: 720, to: 810 },
  { key: 'evening', from: 1140, to: 1260 }]

const grid = () => Array.from({ length: 7 }, () => Array<number>(24).fill(0))

function health(over: Partial<Health> = {}): Health {
  return {
    members: 100, messages: 0, days: 7, messagesPer100: 0, speakers: 0, participation: 0, reached: 0, reach: 0,
    silent: 0, silentShare: 0, silentAlert: false, recorded: true, anyRecorded: true, tiers: {}, heatmap: grid(),
    perDay: [], thresholds: THRESHOLDS,
    ...over,
  }
}

const statuses = (h: Health) => Object.fromEntries(kpisOf(h).map((k) => [k.key, k.status]))

describe('health KPIs', () => {
  it('are green on the healthy side of each seed threshold and red on the other', () => {
    const good = health({ messagesPer100: 25, reach: 0.7, participation: 0.45, silentShare: 0.2 })
    expect(statuses(good)).toEqual({ messages: 'ok', reach: 'ok', participation: 'ok', silent: 'ok', members: 'info', speakers: 'info' })
    const bad = health({ messagesPer100: 12.5, reach: 0.5, participation: 0.1, silentShare: 0.6, silentAlert: true })
    expect(statuses(bad)).toEqual({ messages: 'bad', reach: 'bad', participation: 'bad', silent: 'bad', members: 'info', speakers: 'info' })
  })

  it('judge no activity before any chat export is on record', () => {
    const none = health({ messagesPer100: 0, participation: 0, silentShare: 1, recorded: false })
    expect(statuses(none)).toEqual({ messages: 'info', reach: 'info', participation: 'info', silent: 'info', members: 'info', speakers: 'info' })
  })

  it('hold the lines strictly: 20 a day and 30 % are not yet healthy, 40 % silent is not yet an alert', () => {
    const edge = health({ messagesPer100: 20, participation: 0.3, silentShare: 0.4 })
    expect(statuses(edge)).toMatchObject({ messages: 'bad', participation: 'bad', silent: 'ok' })
  })

  it('follow the thresholds the backend sends', () => {
    const h = health({ messagesPer100: 15, thresholds: { ...THRESHOLDS, messagesPer100: 10 } })
    expect(kpisOf(h)[0]).toMatchObject({ key: 'messages', target: 10, direction: 'above', status: 'ok' })
  })

  it('judge nothing when the group has no members', () => {
    expect(statuses(health({ members: 0 }))).toMatchObject({ messages: 'info', participation: 'info', silent: 'info' })
  })

  it('show shares as percentages and the rate with one decimal, with their lines', async () => {
    await loadLanguage('en', async () => ({
      'ui.health.target.above': 'Healthy above {Value}', 'ui.health.target.below': 'Alert above {Value}',
    }))
    const [messages, , participation, silent, members] = kpisOf(health({ messagesPer100: 23.456, participation: 0.456,
      silentShare: 0.5, members: 1234 }))
    expect(kpiValue(messages)).toBe('23.5')
    expect(kpiValue(participation)).toBe('46%')
    expect(kpiTarget(participation)).toBe('Healthy above 30%')
    expect(kpiTarget(silent)).toBe('Alert above 40%')
    expect(kpiValue(members)).toBe('1,234')
    expect(kpiTarget(members)).toBe('')
    expect(weekdayName(0)).toBe('Mon')
    expect(weekdayName(6)).toBe('Sun')
  })

  it("word the dashboard's KPIs too: reach as a percentage, the line in the dashboard's words", async () => {
    await loadLanguage('en', async () => ({ 'ui.dashboard.target.above': 'Above {Value} is healthy' }))
    const reach = { key: 'reach', value: 0.64, target: 0.5, direction: 'above', status: 'ok' } as const
    expect(kpiValue(reach)).toBe('64%')
    expect(kpiTarget(reach, 'ui.dashboard')).toBe('Above 50% is healthy')
  })
})

describe('tier reading', () => {
  it('names the shape of the tier mix, the most urgent first', () => {
    expect(tierReading({})).toBe('none')
    expect(tierReading({ core: 2, active: 1, lurker: 3, dormant: 3, invalid: 1 })).toBe('dormant')
    expect(tierReading({ core: 1, active: 1, lurker: 6, dormant: 2 })).toBe('lurkers')
    expect(tierReading({ core: 3, active: 3, lurker: 3, dormant: 1 })).toBe('core')
    expect(tierReading({ core: 1, active: 1, lurker: 3, dormant: 3, unknown: 50 })).toBe('mixed')
  })
})

describe('periods', () => {
  it('list every day with the quiet ones at zero', () => {
    const days = fillDays([{ date: '2025-03-02', messages: 5, speakers: 2 }, { date: '2025-01-01', messages: 9, speakers: 9 }],
      { from: '2025-02-28', to: '2025-03-03' })
    expect(days).toEqual([
      { date: '2025-02-28', messages: 0, speakers: 0 }, { date: '2025-03-01', messages: 0, speakers: 0 },
      { date: '2025-03-02', messages: 5, speakers: 2 }, { date: '2025-03-03', messages: 0, speakers: 0 },
    ])
    expect(fillDays([], { from: '2025-03-03', to: '2025-03-01' })).toEqual([])
  })
})

describe('heatmap', () => {
  it('marks the hours that touch the windows the settings send', () => {
    expect([6, 7, 8, 9, 12, 13, 14, 19, 20, 21].map((h) => inBestWindow(h, WINDOWS)))
      .toEqual([false, true, true, false, true, true, false, true, true, false])
    expect(inBestWindow(8, [{ key: 'news', from: 420, to: 480 }])).toBe(false)
    expect(WINDOWS.map((w) => `${clock(w.from)}–${clock(w.to)}`)).toEqual(['07:00–08:30', '12:00–13:30', '19:00–21:00'])
  })

  it('finds the busiest hours over the week, most first', () => {
    const h = grid()
    h[0][20] = 3
    h[3][20] = 4
    h[1][12] = 5
    h[2][9] = 1
    expect(busiestHours(h)).toEqual([{ hour: 20, count: 7 }, { hour: 12, count: 5 }, { hour: 9, count: 1 }])
    expect(busiestHours(grid())).toEqual([])
  })

  it('sums the messages in the windows and finds the busiest hour', () => {
    const h = grid()
    h[2][20] = 6 // Wednesday 20:00
    h[0][8] = 2
    h[4][3] = 2
    expect(summarizeHeatmap(h, WINDOWS)).toEqual({ total: 10, inWindows: 0.8, peak: { weekday: 2, hour: 20, count: 6 } })
    expect(summarizeHeatmap(grid(), WINDOWS)).toEqual({ total: 0, inWindows: 0, peak: null })
  })
})
