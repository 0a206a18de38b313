// The certificate as a picture: every number a fan needs to recompute the
// draw, drawn on a canvas and saved as PNG (the JSON file says the same).
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

const W = 900
const PAD = 40
const LINE = 26

/** wrap breaks a line to the canvas width, character by character (CJK has no spaces). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const out: string[] = []
  let cur = ''
  for (const ch of text) {
    if (ctx.measureText(cur + ch).width > width && cur) {
      out.push(cur)
      cur = ch
    } else cur += ch
  }
  return [...out, cur]
}

/** certificatePng draws the certificate at twice its size and returns it as a PNG data URL. */
export function certificatePng(d: Draw): string {
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) return ''
  const font = '15px system-ui, "PingFang SC", "Microsoft YaHei", sans-serif'
  ctx.font = font
  const rows = certificateLines(d).flatMap((l) => wrap(ctx, l, W - 2 * PAD))
  const height = PAD * 2 + 56 + rows.length * LINE
  canvas.width = W * 2
  canvas.height = height * 2
  ctx.scale(2, 2)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, W, height)
  ctx.strokeStyle = '#c8a96a'
  ctx.lineWidth = 3
  ctx.strokeRect(12, 12, W - 24, height - 24)
  ctx.fillStyle = '#1f2329'
  ctx.font = `bold 24px system-ui, "PingFang SC", "Microsoft YaHei", sans-serif`
  ctx.fillText(t('ui.lottery.cert.heading', { Title: d.title }), PAD, PAD + 24)
  ctx.font = font
  rows.forEach((r, i) => ctx.fillText(r, PAD, PAD + 64 + i * LINE))
  return canvas.toDataURL('image/png')
}
