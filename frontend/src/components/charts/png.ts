// A chart as a PNG: drawn at twice its size on the card's colour, then
// saved to a file the user picks (the native save dialog; the Go side
// checks and writes it), or copied to the clipboard where the webview
// takes images.
import { useDesktopStore } from '../../stores/desktop'
import { notify } from '../../feedback'
import { t } from '../../i18n'

export interface ImageOptions {
  type: 'png'
  pixelRatio: number
  backgroundColor: string
}

/** What draws a chart as an image: an ECharts instance or a vue-echarts component. */
export interface Drawable {
  getDataURL(opts: ImageOptions): string
}

/** pngOf is the chart as a PNG data URL, at pixel ratio 2 on an opaque background (a transparent PNG reads badly in viewers). */
export const pngOf = (chart: Drawable, backgroundColor: string): string =>
  chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor })

/** savePng asks where to save the chart, writes it and says where it went; a cancelled dialog says nothing. */
export async function savePng(chart: Drawable | null | undefined, backgroundColor: string, title: string): Promise<void> {
  if (!chart) return
  try {
    const path = await useDesktopStore().savePng(pngOf(chart, backgroundColor), title)
    if (path) notify.success(t('ui.health.chart.saved', { Path: path }))
  } catch (e) {
    notify.error(e)
  }
}

/** canCopyImages says whether the clipboard takes images here. */
export const canCopyImages = (): boolean =>
  typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function'

/** copyPng puts the image at dataUrl on the clipboard. */
export async function copyPng(dataUrl: string): Promise<void> {
  const blob = await (await fetch(dataUrl)).blob()
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })])
}
