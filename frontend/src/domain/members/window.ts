// The virtual table's arithmetic: which rows a scroll position shows, and where
// they go. Browsers cap an element's height (about 33 M px in Chromium, less
// elsewhere), and a million 36 px rows would pass it, so past MAX_HEIGHT the
// spacer is squeezed and one pixel of scrollbar stands for several of content.

export const MAX_HEIGHT = 8_000_000

export interface Viewport {
  scrollTop: number
  height: number // visible body height
  rowHeight: number
  total: number
  overscan: number
}

export interface RowWindow {
  /** first and one-past-last row index to render */
  start: number
  end: number
  /** where row `start` is drawn, in spacer pixels */
  offset: number
}

/** spacerHeight is the scrollable height for total rows. */
export function spacerHeight(total: number, rowHeight: number): number {
  return Math.min(total * rowHeight, MAX_HEIGHT)
}

/** ratio is how many content pixels one pixel of scrolling moves (1 unless squeezed). */
export function ratio(total: number, rowHeight: number, height: number): number {
  const content = total * rowHeight
  const spacer = spacerHeight(total, rowHeight)
  if (content <= spacer || spacer <= height) return 1
  return (content - height) / (spacer - height)
}

/** visibleWindow is the rows to render at v.scrollTop, overscan included. */
export function visibleWindow(v: Viewport): RowWindow {
  if (v.total <= 0 || v.rowHeight <= 0) return { start: 0, end: 0, offset: 0 }
  const contentTop = v.scrollTop * ratio(v.total, v.rowHeight, v.height)
  const first = Math.min(Math.floor(contentTop / v.rowHeight), v.total - 1)
  const last = Math.min(Math.ceil((contentTop + v.height) / v.rowHeight), v.total)
  const start = Math.max(0, first - v.overscan)
  const end = Math.min(v.total, last + v.overscan)
  // Row `first` sits where its content position falls inside the viewport.
  const offset = v.scrollTop + (start * v.rowHeight - contentTop)
  return { start, end, offset }
}

/** scrollTopFor is the scroll position that brings row index into view, or
 *  current when it already is (align: the row's nearest edge). */
export function scrollTopFor(index: number, v: Viewport): number {
  const r = ratio(v.total, v.rowHeight, v.height)
  const contentTop = v.scrollTop * r
  const rowTop = index * v.rowHeight
  if (rowTop < contentTop) return rowTop / r
  if (rowTop + v.rowHeight > contentTop + v.height) return (rowTop + v.rowHeight - v.height) / r
  return v.scrollTop
}

/** pagesOf lists the page numbers that hold rows [start, end). */
export function pagesOf(start: number, end: number, pageSize: number): number[] {
  if (end <= start) return []
  const out: number[] = []
  for (let p = Math.floor(start / pageSize); p <= Math.floor((end - 1) / pageSize); p++) out.push(p)
  return out
}
