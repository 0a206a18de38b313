// The contact rhythm panel's logic: each tier's guidance line, its status
// colour and the warnings for tiers left without any item this week.
import type { Recurrence, TierRhythm } from '../../api/planner'
import { ONCE } from '../../api/planner'

export type TagType = 'default' | 'success' | 'warning' | 'error'

/** guidance is the translation key and params of a tier's guidance line. */
export function guidance(r: TierRhythm): [string, Record<string, unknown>] {
  if (!r.min && !r.max) return ['ui.rhythms.panel.guidance_none', {}]
  const key = r.per === 'day' ? 'ui.rhythms.panel.guidance_day' : 'ui.rhythms.panel.guidance_week'
  return [key, { Min: r.min, Max: r.max }]
}

const tagOf: Record<string, TagType> = { none: 'error', low: 'warning', ok: 'success', high: 'warning' }

/** statusTag is the tag colour of a tier's status. */
export const statusTag = (status: string): TagType => tagOf[status] ?? 'default'

/** unreached lists the tiers no item named this week, in the panel's order. */
export const unreached = (tiers: TierRhythm[]): string[] => tiers.filter((r) => r.status === 'none').map((r) => r.tier)

/** Monthly is the editor's monthly form: by date (day, -1 last) or by the nth (-1 last) weekday. */
export interface Monthly { by: 'day' | 'weekday'; day: number; nth: number; weekday: number; interval: number }

/** monthlyFrom is the form's starting point for an item starting at start (YYYY-MM-DDTHH:MM). */
export function monthlyFrom(start: string): Monthly {
  const [y, m, d] = start.slice(0, 10).split('-').map(Number)
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { by: 'day', day: d, nth: d + 7 > lastDay ? -1 : Math.ceil(d / 7), weekday, interval: 1 }
}

/** recurrence is what the editor sends for freq with count occurrences. */
export function recurrence(freq: string, count: number, monthly: Monthly): Recurrence {
  if (!freq) return ONCE
  if (freq !== 'monthly') return { ...ONCE, freq, interval: 1, count }
  const base = { ...ONCE, freq, interval: monthly.interval || 1, count }
  return monthly.by === 'day' ? { ...base, monthDay: monthly.day } : { ...base, nth: monthly.nth, weekday: monthly.weekday }
}
