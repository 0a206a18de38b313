// The certificate as a picture: its lines drawn on a canvas and saved as PNG.
import type { Draw } from '../../api/lottery'
import { t } from '../../i18n'
import { certificateLines } from '../../domain/lottery/certificate'

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
