// What the dashboard and the health screen share: the period a preset stands
// for, the days it spans, and KPIs judged against a healthy line.
import { localDate } from '../tiers/timeline'

/** The period presets, in days ending today. */
export const PRESETS = [7, 30, 90] as const
export type Preset = (typeof PRESETS)[number]
export const DEFAULT_PRESET: Preset = 30

/** A period: both dates YYYY-MM-DD, to inclusive. */
export interface Period {
  from: string
  to: string
}

const atNoon = (date: string) => new Date(`${date}T12:00:00`)
const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, 12)

/** lastDays is the n days ending today. */
export function lastDays(n: number, today: Date): Period {
  return { from: localDate(addDays(today, -(n - 1))), to: localDate(today) }
}

/** presetOf is the preset a period matches as of today, or null (a custom range). */
export function presetOf(p: Period, today: Date): Preset | null {
  return PRESETS.find((n) => { const q = lastDays(n, today); return q.from === p.from && q.to === p.to }) ?? null
}

/** daysOf lists every day of the period, oldest first (at most about ten years of them). */
export function daysOf(p: Period): string[] {
  const out: string[] = []
  for (let d = atNoon(p.from), end = atNoon(p.to); d <= end && out.length < 3700; d = addDays(d, 1)) {
    out.push(localDate(d))
  }
  return out
}

/** ok: on the healthy side; bad: act on it; info: a count with no line (or no members to judge by). */
export type KpiStatus = 'ok' | 'bad' | 'info'

export interface Kpi<K extends string = string> {
  key: K
  value: number
  /** the healthy line, in the value's unit (a share for the shares) */
  target?: number
  /** "above": healthy above the target; "below": alert above it */
  direction?: 'above' | 'below'
  status: KpiStatus
}

/** judged holds a KPI to its line: strictly above, or at most; when there is
 *  nothing to judge by (no members, no chat export on record) it is only shown. */
export function judged<K extends string>(key: K, value: number, target: number, direction: 'above' | 'below',
  judgeable: boolean): Kpi<K> {
  const ok = direction === 'above' ? value > target : value <= target
  return { key, value, target, direction, status: !judgeable ? 'info' : ok ? 'ok' : 'bad' }
}
