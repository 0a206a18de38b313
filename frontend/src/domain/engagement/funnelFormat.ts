// The shop funnel's formats in the active language: rates with one decimal
// (conversion is often a few percent), counts and amounts with up to two.
import type { FunnelFormat } from './funnel'
import { i18n, t } from '../../i18n'

export function funnelFormat(): FunnelFormat {
  const pct = new Intl.NumberFormat(i18n.lang, { style: 'percent', maximumFractionDigits: 1 })
  const num = new Intl.NumberFormat(i18n.lang, { maximumFractionDigits: 2 })
  return { t, pct: (s) => pct.format(s), num: (n) => num.format(n) }
}
