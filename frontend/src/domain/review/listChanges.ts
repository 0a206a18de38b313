// Who entered and left a review list, as the lines the screen shows: the
// entered and the left (each a count and the names), "nobody moved", or
// "no earlier record" when the record starts after the period does.
import type { ReviewListChanges } from '../../api/review'

export interface ChangeLine {
  kind: 'entered' | 'left' | 'unchanged' | 'no_record'
  key: string
  params: Record<string, string | number>
  /** the names, joined, or '' */
  names: string
}

/**
 * changeLines is what a list's changes say, in order, the names joined by separator (the
 * reader's language's: 、 or , ); names beyond the ones sent end in an ellipsis.
 */
export function changeLines(c: ReviewListChanges, separator: string): ChangeLine[] {
  if (!c.known) return [{ kind: 'no_record', key: 'ui.review.lists.no_record', params: { Since: c.since }, names: '' }]
  const out: ChangeLine[] = []
  for (const kind of ['entered', 'left'] as const) {
    const list = c[kind]
    const count = kind === 'entered' ? c.enteredCount : c.leftCount
    if (!count) continue
    const names = list.map((m) => m.nickname).join(separator) + (count > list.length ? `${separator}…` : '')
    out.push({ kind, key: `ui.review.lists.${kind}`, params: { Count: count }, names })
  }
  return out.length ? out : [{ kind: 'unchanged', key: 'ui.review.lists.unchanged', params: {}, names: '' }]
}
