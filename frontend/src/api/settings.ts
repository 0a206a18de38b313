import * as Settings from '../../wailsjs/go/app/SettingsAPI'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'

export type Theme = 'system' | 'light' | 'dark'

export interface AppSettings {
  language: string // "" follows the system
  theme: Theme
  backupKeep: number
}

export type SettingsPatch = Partial<AppSettings>

function fromDTO(dto: app.SettingsDTO): AppSettings {
  const theme = dto.theme === 'light' || dto.theme === 'dark' ? dto.theme : 'system'
  return { language: dto.language, theme, backupKeep: dto.backupKeep }
}

export const settingsApi = {
  get: (): Promise<AppSettings> => call(() => Settings.Get()).then(fromDTO),
  /** update changes only the fields present in patch. */
  update: (patch: SettingsPatch): Promise<AppSettings> => call(() => Settings.Update(patch)).then(fromDTO),
}
