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

/** A best window to post in: minutes of the local day, [from, to). */
export interface BestWindow {
  key: string // news | lunch | evening
  from: number
  to: number
}

/** The planner's lines: the 7-2-1 targets and warning (percent), the best windows, the one each item kind is offered. */
export interface PlanLines {
  useful: number
  emotional: number
  marketing: number
  marketingWarn: number
  windows: BestWindow[]
  kindWindow: Record<string, string>
}

/** Every line the screens judge by, as the backend's settings hold them (no copy lives here). */
export interface Thresholds {
  messagesPer100: number // messages a day per 100 members, healthy above
  reach: number // 0–1, healthy above
  participation: number // 0–1, healthy above
  silentShare: number // 0–1, alert above
  silentDays: number
  plan: PlanLines
  spokenKinds: string[] // the event kinds that count as messages
}

function thresholdsFromDTO(dto: app.ThresholdsDTO): Thresholds {
  const plan = dto.plan ?? ({} as app.PlanLinesDTO)
  return {
    ...dto,
    plan: { ...plan, windows: plan.windows ?? [], kindWindow: plan.kindWindow ?? {} },
    spokenKinds: dto.spokenKinds ?? [],
  }
}

export const thresholdsApi = {
  get: (): Promise<Thresholds> => call(() => Settings.Thresholds()).then(thresholdsFromDTO),
  /** savePlan stores the planner's lines and returns every line in use. */
  savePlan: (p: PlanLines): Promise<Thresholds> =>
    call(() => Settings.SavePlanLines(p as app.PlanLinesDTO)).then(thresholdsFromDTO),
}
