// The week as a picture to share: a title, then seven columns listing each
// day's items (time, title, group), colored by content category. Drawn on a
// canvas (text only through fillText: nothing is parsed as HTML).
import type { PlanItem } from '../../api/planner'
import { addDays } from '../../domain/planner/wall'

const COLORS: Record<string, string> = { useful: '#2080f0', emotional: '#d03080', marketing: '#f0a020' }
const COL = 200
const ROW = 44

/** weekPng draws the week and returns its PNG data URL. */
export function weekPng(title: string, start: string, dayNames: string[], items: PlanItem[], manyGroups: boolean): string {
  const perDay = dayNames.map((_, i) => items.filter((it) => it.start.startsWith(addDays(start, i))))
  const rows = Math.max(3, ...perDay.map((d) => d.length))
  const canvas = document.createElement('canvas')
  canvas.width = COL * 7 + 32
  canvas.height = 96 + rows * ROW + 24
  const g = canvas.getContext('2d')
  if (!g) return ''
  g.fillStyle = '#ffffff'
  g.fillRect(0, 0, canvas.width, canvas.height)
  g.fillStyle = '#1f2225'
  g.font = 'bold 22px sans-serif'
  g.fillText(title, 16, 36)
  perDay.forEach((list, i) => drawDay(g, 16 + i * COL, `${dayNames[i]} ${addDays(start, i).slice(5)}`, list, manyGroups))
  return canvas.toDataURL('image/png')
}

function drawDay(g: CanvasRenderingContext2D, x: number, head: string, list: PlanItem[], manyGroups: boolean) {
  g.fillStyle = '#555'
  g.font = 'bold 15px sans-serif'
  g.fillText(head, x + 4, 72)
  list.forEach((it, j) => {
    const y = 88 + j * ROW
    g.fillStyle = COLORS[it.category] ?? '#888'
    g.fillRect(x + 2, y, 4, ROW - 8)
    g.fillStyle = '#1f2225'
    g.font = '13px sans-serif'
    g.fillText(clip(g, `${it.start.slice(11)} ${it.title}`, COL - 20), x + 12, y + 15)
    if (manyGroups) {
      g.fillStyle = '#777'
      g.font = '11px sans-serif'
      g.fillText(clip(g, it.groupName, COL - 20), x + 12, y + 31)
    }
  })
}

function clip(g: CanvasRenderingContext2D, s: string, width: number): string {
  if (g.measureText(s).width <= width) return s
  let out = s
  while (out.length > 1 && g.measureText(`${out}…`).width > width) out = out.slice(0, -1)
  return `${out}…`
}
