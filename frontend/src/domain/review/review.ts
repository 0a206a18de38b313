// What the review screen works out around the backend's numbers: the week
// (Monday to Sunday) a day is in, the KPI rows now against before, the
// colour of a lift's word, and the lift chart's ECharts option.
import type { ReviewItem, ReviewKpis, ReviewWord } from '../../api/review'
import type { Period } from '../period/period'
import { localDate } from '../tiers/timeline'

const noon = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12)
const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, 12)

/** weekOf is the week, Monday to Sunday, holding day; weeksBack 1 is the week before it. */
export function weekOf(day: Date, weeksBack = 0): Period {
  const d = noon(day)
  const monday = addDays(d, -((d.getDay() + 6) % 7) - 7 * weeksBack)
  return { from: localDate(monday), to: localDate(addDays(monday, 6)) }
}

/** The KPIs the review sets against the period before, in the order shown. */
export const KPI_ROWS = ['messages', 'speakers', 'reach', 'participation', 'silent', 'joins', 'leaves'] as const
export type KpiRow = (typeof KPI_ROWS)[number]

export interface KpiCompare {
  key: KpiRow
  now: number
  before: number
  /** share: the values are 0–1 shares (shown as percents) */
  share: boolean
  /** better: the change is good news (null: no change); more silence and more leaving are bad news */
  better: boolean | null
}

const valueOf: Record<KpiRow, (k: ReviewKpis) => number> = {
  messages: (k) => k.messagesPer100, speakers: (k) => k.speakers, reach: (k) => k.reach,
  participation: (k) => k.participation, silent: (k) => k.silentShare, joins: (k) => k.joins, leaves: (k) => k.leaves,
}
const lowerIsBetter = new Set<KpiRow>(['silent', 'leaves'])
const shares = new Set<KpiRow>(['reach', 'participation', 'silent'])

/** compareKpis sets each KPI of the period against the one before. */
export function compareKpis(now: ReviewKpis, before: ReviewKpis): KpiCompare[] {
  return KPI_ROWS.map((key) => {
    const a = valueOf[key](now)
    const b = valueOf[key](before)
    const better = a === b ? null : (a > b) !== lowerIsBetter.has(key)
    return { key, now: a, before: b, share: shares.has(key), better }
  })
}

/** wordTag is the Naive UI tag type of a lift's word. */
export function wordTag(word: ReviewWord): 'success' | 'default' | 'warning' {
  return word === 'up' ? 'success' : word === 'none' ? 'warning' : 'default'
}

/** best is the item with the highest lift (the earliest of equals), or null. */
export function best(items: readonly ReviewItem[]): ReviewItem | null {
  return items.reduce<ReviewItem | null>((b, it) => (!b || it.lift > b.lift ? it : b), null)
}

/** itemLabel is an item as the chart's axis names it: weekday date time title. */
export const itemLabel = (it: ReviewItem, weekday: (date: string) => string): string =>
  `${weekday(it.at.slice(0, 10))} ${it.at.slice(11, 16)} ${it.title}`

const WORD_COLORS: Record<ReviewWord, [light: string, dark: string]> = {
  up: ['#2f9e5b', '#4cc27d'], flat: ['#8a8d94', '#9a9da5'], none: ['#d9870f', '#f0b44a'],
}

/** liftOption is a bar per item (its lift, coloured by its word) with the two lines of the words. */
export function liftOption(items: readonly ReviewItem[], labels: readonly string[], up: number, low: number,
  dark: boolean) {
  return {
    backgroundColor: 'transparent',
    grid: { left: 4, right: 40, top: 16, bottom: 4, containLabel: true },
    xAxis: { type: 'value', axisLabel: { fontSize: 11, formatter: (v: number) => `×${v}` } },
    yAxis: { type: 'category', inverse: true, data: [...labels], axisTick: { show: false },
      axisLabel: { fontSize: 11, width: 180, overflow: 'truncate' } },
    series: [{
      type: 'bar', barMaxWidth: 16,
      data: items.map((it) => ({ value: Math.round(it.lift * 10) / 10,
        itemStyle: { color: WORD_COLORS[it.word][dark ? 1 : 0], borderRadius: [0, 2, 2, 0] } })),
      label: { show: true, position: 'right', fontSize: 11, formatter: (p: { value: number }) => `×${p.value.toFixed(1)}` },
      markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed' },
        data: [{ xAxis: up, label: { formatter: `×${up}` } }, { xAxis: low, label: { formatter: `×${low}` } }] },
    }],
  }
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const

/** weekdayOf is a YYYY-MM-DD date's weekday, as the planner's labels name it (ui.planner.weekday.*). */
export const weekdayOf = (date: string): string => WEEKDAYS[new Date(`${date}T12:00:00`).getDay()]
