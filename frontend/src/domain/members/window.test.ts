import { describe, expect, it } from 'vitest'
import { MAX_HEIGHT, pagesOf, ratio, scrollTopFor, spacerHeight, visibleWindow, type Viewport } from './window'

const view = (over: Partial<Viewport>): Viewport => ({ scrollTop: 0, height: 360, rowHeight: 36, total: 1000, overscan: 5, ...over })

describe('visibleWindow', () => {
  it('renders the rows on screen plus overscan, at their own place', () => {
    expect(visibleWindow(view({}))).toEqual({ start: 0, end: 15, offset: 0 })
    // Scrolled to row 100 and a half: rows 95..115 (overscan 5 either side).
    const w = visibleWindow(view({ scrollTop: 100 * 36 + 18 }))
    expect(w).toEqual({ start: 95, end: 116, offset: 95 * 36 })
  })

  it('stops at the last row and handles an empty list', () => {
    const w = visibleWindow(view({ total: 20, scrollTop: 20 * 36 - 360 }))
    expect(w.end).toBe(20)
    expect(visibleWindow(view({ total: 0 }))).toEqual({ start: 0, end: 0, offset: 0 })
  })

  it('squeezes a million rows under the browser height limit and still reaches the last row', () => {
    const total = 1_000_000
    expect(spacerHeight(total, 36)).toBe(MAX_HEIGHT)
    const r = ratio(total, 36, 360)
    expect(r).toBeCloseTo((total * 36 - 360) / (MAX_HEIGHT - 360))
    const bottom = visibleWindow(view({ total, scrollTop: MAX_HEIGHT - 360 }))
    expect(bottom.end).toBe(total)
    // The last row ends exactly at the bottom of the spacer.
    expect(bottom.offset + (total - bottom.start) * 36).toBeCloseTo(MAX_HEIGHT)
    const middle = visibleWindow(view({ total, scrollTop: (MAX_HEIGHT - 360) / 2, overscan: 0 }))
    expect(middle.start).toBeGreaterThan(total / 2 - 20)
    expect(middle.start).toBeLessThan(total / 2 + 20)
  })
})

describe('scrollTopFor', () => {
  it('scrolls the least that shows the row', () => {
    const v = view({ scrollTop: 36 * 10 })
    expect(scrollTopFor(12, v)).toBe(36 * 10) // already visible
    expect(scrollTopFor(5, v)).toBe(36 * 5) // above: its top edge at the top
    expect(scrollTopFor(30, v)).toBe(31 * 36 - 360) // below: its bottom edge at the bottom
  })

  it('maps back through the squeeze', () => {
    const v = view({ total: 1_000_000 })
    const top = scrollTopFor(999_999, v)
    expect(visibleWindow({ ...v, scrollTop: top, overscan: 0 }).end).toBe(1_000_000)
  })
})

describe('pagesOf', () => {
  it('lists the pages a row range touches', () => {
    expect(pagesOf(0, 15, 100)).toEqual([0])
    expect(pagesOf(95, 116, 100)).toEqual([0, 1])
    expect(pagesOf(199, 201, 100)).toEqual([1, 2])
    expect(pagesOf(5, 5, 100)).toEqual([])
  })
})
