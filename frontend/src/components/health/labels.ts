// The health screen's numbers and readings as the active language words them.
import type { Kpi, KpiKey } from './health'
import { i18n, t } from '../../i18n'
import { formatDecimal, formatNumber, formatPercent } from '../../i18n/format'

const SHARES: readonly KpiKey[] = ['participation', 'silent']

/** kpiValue is a KPI's value as shown: a share as a percentage, a rate with one decimal. */
export function kpiValue(k: Pick<Kpi, 'key' | 'value'>): string {
  if (SHARES.includes(k.key)) return formatPercent(k.value)
  return k.key === 'messages' ? formatDecimal(k.value) : formatNumber(k.value)
}

/** kpiTarget is the line a judged KPI is held to, e.g. "Healthy above 20". */
export function kpiTarget(k: Kpi): string {
  if (k.target === undefined) return ''
  const Value = kpiValue({ key: k.key, value: k.target })
  return t(k.direction === 'below' ? 'ui.health.target.below' : 'ui.health.target.above', { Value })
}

/** weekdayName is a weekday's short name (0 = Monday) in the active language. */
export function weekdayName(weekday: number): string {
  const monday = new Date(2024, 0, 1 + weekday, 12) // 1 January 2024 was a Monday
  return new Intl.DateTimeFormat(i18n.lang, { weekday: 'short' }).format(monday)
}

export const hourName = (hour: number) => `${String(hour).padStart(2, '0')}:00`
