// A chart as a PNG: saved through a download link (the desktop app has no
// bound "save image" call; the webview saves data-URL downloads where it can),
// or copied to the clipboard as an image where the webview allows it.

/** fileName makes a safe file name from its parts, e.g. "Daily messages 2025-01-01–2025-01-30.png". */
export function fileName(...parts: string[]): string {
  const base = parts.filter(Boolean).join(' ').replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_').trim()
  return `${base || 'chart'}.png`
}

/** savePng offers the image at dataUrl as a download named name. */
export function savePng(dataUrl: string, name: string): void {
  const a = document.createElement('a')
  a.href = dataUrl
  a.download = name
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
}

/** canCopyImages says whether the clipboard takes images here. */
export const canCopyImages = (): boolean =>
  typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function'

/** copyPng puts the image at dataUrl on the clipboard. */
export async function copyPng(dataUrl: string): Promise<void> {
  const blob = await (await fetch(dataUrl)).blob()
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })])
}
