// What the health screen works out from the backend's numbers: every day of
// the period, the KPIs against their thresholds, what the tier mix says,
// and when the messages came (against the best windows in the settings).
import type { DayCount, Health } from '../../api/health'
import type { BestWindow } from '../../api/settings'
import { daysOf, judged, type Kpi as Judged, type Period } from '../period/period'
import { inBestWindow } from '../period/windows'

/** The period the charts are for (the toolbar picks it). */
export type { Period } from '../period/period'

/** fillDays lists every day of the period (oldest first); days the backend did not list count zero. */
export function fillDays(perDay: readonly DayCount[], p: Period): DayCount[] {
  const by = new Map(perDay.map((d) => [d.date, d]))
  return daysOf(p).map((date) => by.get(date) ?? { date, messages: 0, speakers: 0 })
}

export type KpiKey = 'messages' | 'reach' | 'participation' | 'silent' | 'members' | 'speakers'
export type { KpiStatus } from '../period/period'
export type Kpi = Judged<KpiKey>

/** kpisOf scores the health against its thresholds, the judged KPIs first: the dashboard's four, by the same definitions. */
export function kpisOf(h: Health): Kpi[] {
  const th = h.thresholds
  const judge = h.recorded && h.members > 0 // nothing to judge before members and a chat export
  return [
    judged('messages', h.messagesPer100, th.messagesPer100, 'above', judge),
    judged('reach', h.reach, th.reach, 'above', judge),
    judged('participation', h.participation, th.participation, 'above', judge),
    judged('silent', h.silentShare, th.silentShare, 'below', judge),
    { key: 'members', value: h.members, status: 'info' },
    { key: 'speakers', value: h.speakers, status: 'info' },
  ]
}

/** The tiers, highest first, as the chart lists them. */
export const TIER_ORDER = ['core', 'active', 'lurker', 'dormant', 'invalid'] as const

/**
 * What the tier mix says, first match wins:
 * none — nobody scored yet; dormant — 40 % or more asleep or never heard from;
 * lurkers — 40 % or more mostly watching; core — 30 % or more core or active
 * (the participation line); mixed — none of these.
 */
export type TierReading = 'none' | 'dormant' | 'lurkers' | 'core' | 'mixed'
const HEAVY_SHARE = 0.4
const CORE_SHARE = 0.3

export function tierReading(tiers: Readonly<Record<string, number>>): TierReading {
  const n = (k: string) => tiers[k] ?? 0
  const total = TIER_ORDER.reduce((sum, k) => sum + n(k), 0)
  if (total === 0) return 'none'
  if ((n('dormant') + n('invalid')) / total >= HEAVY_SHARE) return 'dormant'
  if (n('lurker') / total >= HEAVY_SHARE) return 'lurkers'
  if ((n('core') + n('active')) / total >= CORE_SHARE) return 'core'
  return 'mixed'
}

export interface Peak {
  weekday: number // 0 = Monday
  hour: number
  count: number
}

export interface HeatmapSummary {
  total: number
  /** share of the messages sent in the best windows, 0–1 */
  inWindows: number
  peak: Peak | null
}

/** summarizeHeatmap totals the messages, the share sent in the best windows (the settings'), and the busiest hour. */
export function summarizeHeatmap(heatmap: readonly (readonly number[])[], windows: readonly BestWindow[]): HeatmapSummary {
  let total = 0
  let inWindows = 0
  let peak: Peak | null = null
  heatmap.forEach((hours, weekday) => hours.forEach((count, hour) => {
    total += count
    if (inBestWindow(hour, windows)) inWindows += count
    if (count > (peak?.count ?? 0)) peak = { weekday, hour, count }
  }))
  return { total, inWindows: total ? inWindows / total : 0, peak }
}
