// The best windows to post in, as the backend's settings give them
// (minutes of the day, [from, to)), and the group's own busiest hours.
import type { BestWindow } from '../../api/settings'

/** clock writes minutes of the day as HH:MM. */
export const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** inBestWindow tells whether any part of the hour lies in one of the windows. */
export function inBestWindow(hour: number, windows: readonly BestWindow[]): boolean {
  return windows.some((w) => hour * 60 < w.to && (hour + 1) * 60 > w.from)
}

export interface BusyHour {
  hour: number
  count: number
}

/** busiestHours are the n hours of the day with the most messages over the weekdays, most first (none when silent). */
export function busiestHours(heatmap: readonly (readonly number[])[], n = 3): BusyHour[] {
  const byHour = Array.from({ length: 24 }, (_, hour) => ({ hour, count: 0 }))
  heatmap.forEach((hours) => hours.forEach((count, hour) => { if (byHour[hour]) byHour[hour].count += count }))
  return byHour.filter((h) => h.count > 0).sort((a, b) => b.count - a.count || a.hour - b.hour).slice(0, n)
}
