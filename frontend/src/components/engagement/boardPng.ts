// A leaderboard as a picture to share: a title, then a row a member (rank,
// nickname, points, level). Drawn on a canvas, text only through fillText:
// nothing is parsed as HTML.
import type { BoardRow } from '../../api/points'

const WIDTH = 560
const ROW = 36
const MEDALS = ['#d4a017', '#a0a4a8', '#b87333']

/** boardPng draws the leaderboard and returns its PNG data URL ("" without a canvas). */
export function boardPng(title: string, rows: BoardRow[], pointsLabel: (n: number) => string): string {
  const canvas = document.createElement('canvas')
  canvas.width = WIDTH * 2
  canvas.height = (72 + Math.max(1, rows.length) * ROW + 16) * 2
  const g = canvas.getContext('2d')
  if (!g) return ''
  g.scale(2, 2)
  g.fillStyle = '#ffffff'
  g.fillRect(0, 0, WIDTH, canvas.height / 2)
  g.fillStyle = '#1f2225'
  g.font = 'bold 20px sans-serif'
  g.fillText(clip(g, title, WIDTH - 32), 16, 40)
  rows.forEach((r, i) => drawRow(g, 72 + i * ROW, r, pointsLabel(r.points)))
  return canvas.toDataURL('image/png')
}

function drawRow(g: CanvasRenderingContext2D, y: number, r: BoardRow, points: string) {
  g.fillStyle = MEDALS[r.rank - 1] ?? '#888'
  g.font = 'bold 16px sans-serif'
  g.fillText(String(r.rank), 16, y + 22)
  g.fillStyle = '#1f2225'
  g.font = '15px sans-serif'
  g.fillText(clip(g, r.nickname, 250), 56, y + 22)
  g.font = 'bold 15px sans-serif'
  g.fillText(points, 320, y + 22)
  g.fillStyle = '#777'
  g.font = '13px sans-serif'
  g.fillText(clip(g, r.level, 120), 430, y + 22)
}

function clip(g: CanvasRenderingContext2D, s: string, width: number): string {
  if (g.measureText(s).width <= width) return s
  let out = s
  while (out.length > 1 && g.measureText(`${out}…`).width > width) out = out.slice(0, -1)
  return `${out}…`
}
