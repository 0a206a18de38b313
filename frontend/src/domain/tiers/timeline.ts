// A member's interactions per day, as the drawer's chart draws them: every
// day of the span, the quiet ones at zero.
import type { Day } from '../../api/tiers'

export const TIMELINE_DAYS = 90

/** localDate is d's calendar date where the app runs, as YYYY-MM-DD. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** dailyCounts lists the n days ending today (oldest first) with their counts;
 *  days the backend did not list count zero, days outside the span are dropped. */
export function dailyCounts(days: readonly Day[], today: Date, n = TIMELINE_DAYS): Day[] {
  const counts = new Map(days.map((d) => [d.date, d.count]))
  const out: Day[] = []
  for (let i = n - 1; i >= 0; i--) {
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - i)
    const date = localDate(d)
    out.push({ date, count: counts.get(date) ?? 0 })
  }
  return out
}

/** TimelineSummary is what the chart says in words (for screen readers). */
export interface TimelineSummary {
  total: number
  activeDays: number
  busiest: Day | null
}

export function summarize(days: readonly Day[]): TimelineSummary {
  let total = 0
  let activeDays = 0
  let busiest: Day | null = null
  for (const d of days) {
    total += d.count
    if (d.count > 0) activeDays++
    if (d.count > (busiest?.count ?? 0)) busiest = d
  }
  return { total, activeDays, busiest }
}
