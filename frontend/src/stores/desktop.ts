// What the desktop offers every screen: the clipboard, saving a chart's PNG
// to a file the user picks in the native save dialog, and files dropped on
// the window.
import { defineStore } from 'pinia'
import { chartsApi } from '../api/charts'
import { importsApi } from '../api/imports'
import { shellApi } from '../api/shell'

export const useDesktopStore = defineStore('desktop', () => {
  /** copyText puts text on the clipboard (the native one, else the browser's). */
  const copyText = (text: string): Promise<void> => shellApi.copyText(text)
  /** savePng saves a PNG data URL under a name offered from title; the path written, or "" when cancelled. */
  const savePng = (dataUrl: string, title: string): Promise<string> => chartsApi.savePng(dataUrl, title)
  /**
   * onFileDrop hands over the paths of files dropped on a drop target (an
   * element whose CSS sets --wails-drop-target: drop); the returned function
   * stops listening.
   */
  const onFileDrop = (handler: (paths: string[]) => void): (() => void) => importsApi.onFileDrop(handler)
  return { copyText, savePng, onFileDrop }
})
