// Wall-clock dates and times as the planner keeps them ("2026-03-02",
// "2026-03-02T20:00"): arithmetic on UTC dates so no DST shift or time
// zone ever moves an item.

const pad = (n: number) => String(n).padStart(2, '0')

function parse(day: string): Date {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}

function format(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** addDays moves a YYYY-MM-DD day by n days. */
export function addDays(day: string, n: number): string {
  const d = parse(day)
  d.setUTCDate(d.getUTCDate() + n)
  return format(d)
}

/** mondayIndex is 0 for Monday … 6 for Sunday. */
export function mondayIndex(day: string): number {
  return (parse(day).getUTCDay() + 6) % 7
}

/** weekStart is the Monday of day's week. */
export function weekStart(day: string): string {
  return addDays(day, -mondayIndex(day))
}

/** monthGrid is the six Mondays-first weeks showing day's month: its first and last day (exclusive). */
export function monthGrid(day: string): { first: string; from: string; to: string } {
  const first = `${day.slice(0, 7)}-01`
  const from = weekStart(first)
  return { first, from, to: addDays(from, 42) }
}

/** addMonths moves to the first of the month n months away. */
export function addMonths(day: string, n: number): string {
  const d = parse(day)
  return format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)))
}

/** minutesOf is the clock reading of a wall time in minutes after midnight. */
export function minutesOf(wall: string): number {
  return Number(wall.slice(11, 13)) * 60 + Number(wall.slice(14, 16))
}

/** at joins a day and minutes after midnight into a wall time. */
export function at(day: string, minutes: number): string {
  const m = Math.max(0, Math.min(24 * 60 - 1, Math.round(minutes)))
  return `${day}T${pad(Math.floor(m / 60))}:${pad(m % 60)}`
}

/** snap rounds minutes to a step (15 by default). */
export function snap(minutes: number, step = 15): number {
  return Math.round(minutes / step) * step
}
