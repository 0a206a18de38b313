// The certificate's text: every number a fan needs to recompute the draw
// (the JSON file says the same; the picture draws these lines).
import type { Draw } from '../../api/lottery'
import { t } from '../../i18n'
import { formatDateTime, formatNumber } from '../../i18n/format'
import { holders } from './announce'

/** certificateLines are the certificate's lines, heading first. */
export function certificateLines(d: Draw): string[] {
  const lines = [
    t('ui.lottery.cert.entrants', { Count: formatNumber(d.entrants) }),
    t('ui.lottery.cert.list_hash', { Hash: d.listSha256 }),
    ...d.sources.map((s, i) => t('ui.lottery.cert.source', { N: i + 1, Label: s.label, Values: s.values })),
    t('ui.lottery.cert.key', { Key: d.key }),
    t('ui.lottery.cert.algorithm'),
  ]
  holders(d).forEach((ps, i) => lines.push(t('ui.lottery.cert.tier', {
    Tier: d.tiers[i]?.name ?? '', Names: ps.map((p) => `#${p.position} ${p.name}`).join(t('ui.common.list_sep')) })))
  lines.push(t('ui.lottery.cert.alternates', { Names: d.alternatesDrawn.map((p) => `#${p.position} ${p.name}`).join(t('ui.common.list_sep')) || '—' }))
  for (const r of d.replacements) {
    lines.push(t('ui.lottery.cert.replacement', { Name: r.name, By: r.byName, Reason: r.reason }))
  }
  if (d.redrawOf) lines.push(t('ui.lottery.cert.redraw', { ID: d.redrawOf, Reason: d.redrawReason }))
  if (d.mode === 'instant') lines.push(t('ui.lottery.instant_note'))
  lines.push(t('ui.lottery.cert.times', { Frozen: formatDateTime(d.frozenAt), Drawn: d.drawnAt ? formatDateTime(d.drawnAt) : '—' }))
  return lines
}
