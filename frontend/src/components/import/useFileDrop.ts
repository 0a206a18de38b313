// While a screen that reads files (Import, Activity) shows, a file dropped
// anywhere on the window is handed to its onPaths: the whole page becomes a
// Wails drop target then.
import { onActivated, onBeforeUnmount, onDeactivated } from 'vue'
import { useDesktopStore } from '../../stores/desktop'

const PROPERTY = '--wails-drop-target'

export function useFileDrop(onPaths: (paths: string[]) => void): void {
  const desktop = useDesktopStore()
  let off: (() => void) | undefined

  function stop() {
    off?.()
    off = undefined
    document.documentElement.style.removeProperty(PROPERTY)
  }

  onActivated(() => {
    document.documentElement.style.setProperty(PROPERTY, 'drop')
    off ??= desktop.onFileDrop(onPaths)
  })
  onDeactivated(stop)
  onBeforeUnmount(stop)
}
