// Numbers, sizes and times in the active language.
import { i18n } from './index'

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(i18n.lang).format(n)
}

/** formatDateTime renders an RFC 3339 time as a local date and time; "" stays "". */
export function formatDateTime(iso: string, dateStyle: 'medium' | 'short' = 'medium'): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return new Intl.DateTimeFormat(i18n.lang, { dateStyle, timeStyle: 'short' }).format(d)
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const

export function formatBytes(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit++
  }
  return new Intl.NumberFormat(i18n.lang, {
    style: 'unit', unit: UNITS[unit], unitDisplay: 'short', maximumFractionDigits: unit ? 1 : 0,
  }).format(value)
}

/** formatDaysAgo says how long ago, in days: "today", "3 days ago"; from 60
 *  days on in months, from a year on in years. */
export function formatDaysAgo(days: number): string {
  const rtf = new Intl.RelativeTimeFormat(i18n.lang, { numeric: 'auto' })
  if (days < 60) return rtf.format(-Math.max(0, Math.round(days)), 'day')
  if (days < 365) return rtf.format(-Math.round(days / 30), 'month')
  return rtf.format(-Math.floor(days / 365), 'year')
}

/** formatPercent renders a share (0–1) as a whole percentage, e.g. "45%". */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(i18n.lang, { style: 'percent', maximumFractionDigits: 0 }).format(share)
}

/** formatDecimal renders n with at most one decimal, e.g. "23.5". */
export function formatDecimal(n: number): string {
  return new Intl.NumberFormat(i18n.lang, { maximumFractionDigits: 1 }).format(n)
}
