// The join card drawn on a canvas (the window's fonts draw the Chinese
// text), as a PNG data URL for the Go side to save.
import type { Card } from '../../api/invites'

const W = 900
const PAD = 48
const QR = 300

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = reject
    img.src = src
  })
}

/** drawCard is the card as a PNG data URL: lines on the left, the QR code on the right. */
export async function drawCard(card: Card): Promise<string> {
  const canvas = document.createElement('canvas')
  const lineH = 44
  canvas.width = W
  canvas.height = Math.max(PAD * 2 + card.lines.length * lineH, card.qr ? QR + PAD * 2 : 0)
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no canvas')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.fillStyle = '#1f2225'
  card.lines.forEach((line, i) => {
    ctx.font = i === 0 ? '600 32px sans-serif' : '24px sans-serif'
    ctx.fillText(line, PAD, PAD + 30 + i * lineH, W - PAD * 3 - (card.qr ? QR : 0))
  })
  if (card.qr) ctx.drawImage(await loadImage(`data:image/png;base64,${card.qr}`), W - PAD - QR, PAD, QR, QR)
  return canvas.toDataURL('image/png')
}
