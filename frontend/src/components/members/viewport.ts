// useViewport follows a scrolling element's position and size and turns them
// into the rows to render (see window.ts).
import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import { scrollTopFor, spacerHeight, visibleWindow, type Viewport } from '../../domain/members/window'

export function useViewport(el: Ref<HTMLElement | null>, total: Ref<number>, rowHeight: number, headHeight: number) {
  const scrollTop = ref(0)
  const height = ref(0)
  let frame = 0
  let observer: ResizeObserver | undefined

  const viewport = computed<Viewport>(() => ({
    scrollTop: scrollTop.value, height: height.value, rowHeight, total: total.value, overscan: 8,
  }))
  const win = computed(() => visibleWindow(viewport.value))
  const spacer = computed(() => spacerHeight(total.value, rowHeight))

  function measure() {
    if (!el.value) return
    scrollTop.value = el.value.scrollTop
    height.value = Math.max(0, el.value.clientHeight - headHeight)
  }

  /** onScroll reads the position once per frame. */
  function onScroll() {
    if (frame) return
    frame = requestAnimationFrame(() => {
      frame = 0
      measure()
    })
  }

  /** reveal scrolls just enough to show row index. */
  function reveal(index: number) {
    if (!el.value) return
    const top = scrollTopFor(index, viewport.value)
    if (top !== scrollTop.value) {
      el.value.scrollTop = top
      measure()
    }
  }

  function toTop() {
    if (el.value) el.value.scrollTop = 0
    scrollTop.value = 0
  }

  onMounted(() => {
    measure()
    if (typeof ResizeObserver !== 'undefined' && el.value) {
      observer = new ResizeObserver(measure)
      observer.observe(el.value)
    }
  })
  onBeforeUnmount(() => {
    observer?.disconnect()
    cancelAnimationFrame(frame)
  })

  /** pageRows is how many rows one screen holds. */
  const pageRows = computed(() => Math.max(1, Math.floor(height.value / rowHeight)))

  return { win, spacer, pageRows, onScroll, reveal, toTop }
}
