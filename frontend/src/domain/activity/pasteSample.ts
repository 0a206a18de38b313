// Marking the name and the time on one line of a paste whose shape Qunzhu
// does not know: the line is cut at the two marked spans into a Sample the
// backend learns the shape from.
import type { Sample } from '../../api/activity'

/** A selection in a line: UTF-16 offsets, end excluded (as input.selectionStart/End). */
export interface Span {
  start: number
  end: number
}

/** sampleLine is the first line of the paste with text on it, trimmed. */
export function sampleLine(text: string): string {
  return text.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '') ?? ''
}

/** spanText is the marked text, or "" when nothing is marked. */
export function spanText(line: string, s: Span | null): string {
  return s ? line.slice(s.start, s.end) : ''
}

/**
 * cutSample cuts line at the marked name and time; null when either is
 * missing or empty or the two overlap.
 */
export function cutSample(line: string, name: Span | null, time: Span | null): Sample | null {
  if (!name || !time || name.end <= name.start || time.end <= time.start) return null
  if (name.start < time.end && time.start < name.end) return null
  const timeFirst = time.start < name.start
  const [first, second] = timeFirst ? [time, name] : [name, time]
  return {
    before: line.slice(0, first.start),
    name: line.slice(name.start, name.end),
    between: line.slice(first.end, second.start),
    time: line.slice(time.start, time.end),
    after: line.slice(second.end),
    timeFirst,
  }
}

/** todayISO is the local date as YYYY-MM-DD, the default day of a paste. */
export function todayISO(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
