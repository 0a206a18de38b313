// The health screen's numbers and readings as the active language words them;
// the dashboard words its KPIs the same way.
import type { KpiKey } from './health'
import type { KpiKey as DashboardKpiKey } from '../dashboard/kpis'
import type { Kpi } from '../period/period'
import { i18n, t } from '../../i18n'
import { formatDecimal, formatNumber, formatPercent } from '../../i18n/format'

type Key = KpiKey | DashboardKpiKey

const SHARES: readonly Key[] = ['reach', 'participation', 'silent']

/** kpiValue is a KPI's value as shown: a share as a percentage, a rate with one decimal. */
export function kpiValue(k: Pick<Kpi<Key>, 'key' | 'value'>): string {
  if (SHARES.includes(k.key)) return formatPercent(k.value)
  return k.key === 'messages' ? formatDecimal(k.value) : formatNumber(k.value)
}

/** kpiTarget is the line a judged KPI is held to, e.g. "Healthy above 20", worded by the screen's keys. */
export function kpiTarget(k: Kpi<Key>, keys: 'ui.health' | 'ui.dashboard' = 'ui.health'): string {
  if (k.target === undefined) return ''
  const Value = kpiValue({ key: k.key, value: k.target })
  return t(`${keys}.target.${k.direction === 'below' ? 'below' : 'above'}`, { Value })
}

/** weekdayName is a weekday's short name (0 = Monday) in the active language. */
export function weekdayName(weekday: number): string {
  const monday = new Date(2024, 0, 1 + weekday, 12) // 1 January 2024 was a Monday
  return new Intl.DateTimeFormat(i18n.lang, { weekday: 'short' }).format(monday)
}

export const hourName = (hour: number) => `${String(hour).padStart(2, '0')}:00`
