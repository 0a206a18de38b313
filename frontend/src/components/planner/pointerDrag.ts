// Dragging planner items with pointer events, not HTML5 drag and drop: the
// real window turns the webview's own drop off (Wails DisableWebViewDrop, so
// a file dropped on the window reaches OnFileDrop), and with it every HTML5
// `drop` event. An item pressed and moved a few pixels follows the pointer
// over the elements marked data-drop-zone; letting go over one drops it
// there (with Ctrl, Alt or Cmd held: a copy), Escape or letting go elsewhere
// cancels. The click that ends a drag does not open the item.
import { ref, type Ref } from 'vue'

/** Pixels the pointer moves before a press becomes a drag. */
const THRESHOLD = 4

/** The attribute naming a drop zone's value, e.g. data-drop-zone="2026-03-02". */
export const DROP_ZONE = 'data-drop-zone'

export interface Over<S> {
  id: number
  spot: S
  copy: boolean
}

/** locate turns the zone under the pointer into a spot (null: not a place to drop);
 *  grab is the distance from the pointer to the top of the pressed item. */
export type Locate<S> = (zone: HTMLElement, e: PointerEvent, grab: number) => S | null

/** usePointerDrag: locate names the spot under the pointer, drop gets it once
 *  the pointer is let go; moving (if given) sees every move of a drag, e.g.
 *  to scroll a list whose edge the pointer reached. */
export function usePointerDrag<S>(locate: Locate<S>, drop: (id: number, spot: S, copy: boolean) => void,
  moving?: (e: PointerEvent) => void) {
  const over = ref(null) as Ref<Over<S> | null>
  let dragged = false

  function spotAt(e: PointerEvent, grab: number): S | null {
    const zone = document.elementFromPoint(e.clientX, e.clientY)?.closest<HTMLElement>(`[${DROP_ZONE}]`)
    return zone ? locate(zone, e, grab) : null
  }

  /** press starts watching the pointer pressed on item id. */
  function press(e: PointerEvent, id: number) {
    if (e.button !== 0) return
    dragged = false
    const x0 = e.clientX
    const y0 = e.clientY
    const grab = y0 - (e.currentTarget as HTMLElement).getBoundingClientRect().top
    const onMove = (m: PointerEvent) => {
      if (!dragged && Math.hypot(m.clientX - x0, m.clientY - y0) < THRESHOLD) return
      dragged = true
      m.preventDefault() // no text selection while dragging
      moving?.(m)
      const spot = spotAt(m, grab)
      over.value = spot === null ? null : { id, spot, copy: m.ctrlKey || m.altKey || m.metaKey }
    }
    const onUp = (u: PointerEvent) => {
      stop()
      if (!dragged) return
      const spot = spotAt(u, grab)
      if (spot !== null) drop(id, spot, u.ctrlKey || u.altKey || u.metaKey)
    }
    const onKey = (k: KeyboardEvent) => {
      if (k.key === 'Escape') stop()
    }
    function stop() {
      over.value = null
      window.removeEventListener('pointermove', onMove)
      window.removeEventListener('pointerup', onUp)
      window.removeEventListener('pointercancel', stop)
      window.removeEventListener('keydown', onKey)
    }
    window.addEventListener('pointermove', onMove)
    window.addEventListener('pointerup', onUp)
    window.addEventListener('pointercancel', stop)
    window.addEventListener('keydown', onKey)
  }

  /** wasDrag is true for the click that ends a drag (and forgets it). */
  function wasDrag(): boolean {
    const d = dragged
    dragged = false
    return d
  }

  return { over, press, wasDrag }
}

/** useResize follows the pointer pressed on an item's lower edge: minutes
 *  grows by the pointer's travel (pxPerMinute) in steps of snap, at least min;
 *  done gets the result once the pointer is let go. */
export function useResize(pxPerMinute: number, snap: (m: number) => number, min: number,
  done: (id: number, minutes: number) => void) {
  const resizing = ref<{ id: number; minutes: number } | null>(null)

  function press(e: PointerEvent, id: number, minutes: number) {
    if (e.button !== 0) return
    const y0 = e.clientY
    resizing.value = { id, minutes }
    const onMove = (m: PointerEvent) => {
      m.preventDefault()
      if (resizing.value) resizing.value.minutes = Math.max(min, snap(minutes + (m.clientY - y0) / pxPerMinute))
    }
    const onUp = () => {
      window.removeEventListener('pointermove', onMove)
      window.removeEventListener('pointerup', onUp)
      window.removeEventListener('pointercancel', onUp)
      const got = resizing.value?.minutes ?? minutes
      resizing.value = null
      if (got !== minutes) done(id, got)
    }
    window.addEventListener('pointermove', onMove)
    window.addEventListener('pointerup', onUp)
    window.addEventListener('pointercancel', onUp)
  }

  return { resizing, press }
}
