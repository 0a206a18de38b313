import * as Shell from '../../wailsjs/go/app/ShellAPI'
import { ClipboardSetText, EventsOn } from '../../wailsjs/runtime/runtime'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'
import { RESTORED } from './events'

export type Workspace = app.WorkspaceDTO
export type Language = app.LanguageDTO
export type Catalog = Record<string, string>

export const shellApi = {
  /** workspace rejects when the database could not be opened. */
  workspace: (): Promise<Workspace> => call(() => Shell.Workspace()),
  catalog: (lang: string): Promise<Catalog> => call(() => Shell.Catalog(lang)),
  languages: (): Promise<Language[]> => call(() => Shell.Languages()),
  onRestored: (handler: () => void): (() => void) => EventsOn(RESTORED, handler),
  /** copyText uses the native clipboard, falling back to the browser's. */
  copyText: async (text: string): Promise<void> => {
    const native = (window as unknown as { runtime?: unknown }).runtime
    if (native && (await ClipboardSetText(text))) return
    await navigator.clipboard.writeText(text)
  },
}
