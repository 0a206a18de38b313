// Pointer drags without a browser layout: the zone under the pointer is the
// element document.elementFromPoint names, here a fixed pair of day zones.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DROP_ZONE, usePointerDrag } from './pointerDrag'

type Step = ['down' | 'move' | 'up', number, number, { ctrl?: boolean }?] | ['key', string]

let item: HTMLElement
const zones: Record<string, HTMLElement> = {}

beforeEach(() => {
  item = document.createElement('div')
  document.body.append(item)
  for (const day of ['mon', 'tue']) {
    zones[day] = document.createElement('div')
    zones[day].setAttribute(DROP_ZONE, day)
    zones[day].append(document.createElement('span')) // a child: closest() finds the zone
    document.body.append(zones[day])
  }
  // x < 100: Monday, 100–199: Tuesday, beyond: no zone.
  document.elementFromPoint = (x: number) => (x < 100 ? zones.mon.firstElementChild : x < 200 ? zones.tue.firstElementChild : document.body)
})
afterEach(() => document.body.replaceChildren())

function run(steps: Step[]) {
  const drop = vi.fn()
  const drag = usePointerDrag<string>((zone) => zone.getAttribute(DROP_ZONE), drop)
  const seen: (string | null)[] = []
  for (const s of steps) {
    if (s[0] === 'key') {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: s[1] }))
      continue
    }
    const [kind, x, y, mods] = s
    const init = { clientX: x, clientY: y, button: 0, ctrlKey: !!mods?.ctrl, bubbles: true }
    if (kind === 'down') {
      const e = new PointerEvent('pointerdown', init)
      Object.defineProperty(e, 'currentTarget', { value: item })
      drag.press(e, 7)
    } else {
      window.dispatchEvent(new PointerEvent(kind === 'move' ? 'pointermove' : 'pointerup', init))
    }
    seen.push(drag.over.value ? `${drag.over.value.spot}${drag.over.value.copy ? '+copy' : ''}` : null)
  }
  return { drop, wasDrag: drag.wasDrag(), seen }
}

describe('usePointerDrag', () => {
  const cases: { name: string; steps: Step[]; drops: unknown[][]; wasDrag: boolean; seen?: (string | null)[] }[] = [
    { name: 'a press and release without moving is a click', steps: [['down', 50, 10], ['up', 50, 10]], drops: [], wasDrag: false },
    { name: 'moving less than the threshold is still a click', steps: [['down', 50, 10], ['move', 52, 12], ['up', 52, 12]], drops: [], wasDrag: false },
    { name: 'a drag to another zone drops there', steps: [['down', 50, 10], ['move', 150, 10], ['up', 150, 10]],
      drops: [[7, 'tue', false]], wasDrag: true, seen: [null, 'tue', null] },
    { name: 'Control held on release copies', steps: [['down', 50, 10], ['move', 150, 10, { ctrl: true }], ['up', 150, 10, { ctrl: true }]],
      drops: [[7, 'tue', true]], wasDrag: true, seen: [null, 'tue+copy', null] },
    { name: 'released outside every zone: nothing', steps: [['down', 50, 10], ['move', 250, 10], ['up', 250, 10]], drops: [], wasDrag: true,
      seen: [null, null, null] },
    { name: 'Escape cancels, the release drops nothing', steps: [['down', 50, 10], ['move', 150, 10], ['key', 'Escape'], ['up', 150, 10]],
      drops: [], wasDrag: true, seen: [null, 'tue', null] },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const got = run(c.steps)
      expect(got.drop.mock.calls).toEqual(c.drops)
      expect(got.wasDrag).toBe(c.wasDrag)
      if (c.seen) expect(got.seen).toEqual(c.seen)
    })
  }

  it('forgets the drag once asked, and stops listening after the release', () => {
    const drop = vi.fn()
    const drag = usePointerDrag<string>((zone) => zone.getAttribute(DROP_ZONE), drop)
    const e = new PointerEvent('pointerdown', { clientX: 50, clientY: 10, button: 0 })
    Object.defineProperty(e, 'currentTarget', { value: item })
    drag.press(e, 1)
    window.dispatchEvent(new PointerEvent('pointermove', { clientX: 150, clientY: 10 }))
    window.dispatchEvent(new PointerEvent('pointerup', { clientX: 150, clientY: 10 }))
    window.dispatchEvent(new PointerEvent('pointerup', { clientX: 50, clientY: 10 }))
    expect(drop.mock.calls).toEqual([[1, 'tue', false]])
    expect([drag.wasDrag(), drag.wasDrag()]).toEqual([true, false])
  })
})
