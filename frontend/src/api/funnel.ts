// The shop funnel: 点击 → 咨询 → 购买 for a group (or all) over a period —
// events and distinct members per step, the conversion between steps, the
// revenue (purchase values as imported), purchases by tier, and the members
// sold to before the trust days in the group.
import * as Funnel from '../../wailsjs/go/app/FunnelAPI'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'

export type FunnelKind = 'click' | 'inquiry' | 'purchase'

export interface FunnelStep {
  kind: FunnelKind
  events: number
  members: number
  value: number
  rate: number | null // members / the previous step's members; null for clicks or without a base
}

export interface FunnelTier {
  tier: string // '' not scored yet
  purchases: number
  buyers: number
  revenue: number
}

export interface FunnelFlag {
  memberId: number
  nickname: string
  groupId: number
  group: string
  joined: string // YYYY-MM-DD
  firstPurchase: string // YYYY-MM-DD HH:MM
  days: number
}

export interface FunnelData {
  groupId: number
  from: string
  to: string
  trustDays: number
  recorded: boolean
  steps: FunnelStep[]
  overall: number | null
  revenue: number
  byTier: FunnelTier[]
  flagged: FunnelFlag[]
  flaggedTotal: number
}

export interface FunnelSettings {
  trustDays: number
}

/** fromDTO fills in what the backend may send as null or leave out. */
export function fromDTO(d: app.FunnelDTO): FunnelData {
  return {
    ...d,
    steps: (d.steps ?? []).map((s) => ({ ...s, kind: s.kind as FunnelKind, rate: s.rate ?? null })),
    overall: d.overall ?? null,
    byTier: d.byTier ?? [],
    flagged: d.flagged ?? [],
  }
}

export const funnelApi = {
  /** get works out the funnel of a group (0: all) from from to to, YYYY-MM-DD, to inclusive. */
  get: (groupId: number, from: string, to: string): Promise<FunnelData> =>
    call(() => Funnel.Get(groupId, from, to)).then(fromDTO),
  settings: (): Promise<FunnelSettings> => call(() => Funnel.Settings()),
  saveSettings: (s: FunnelSettings): Promise<FunnelSettings> =>
    call(() => Funnel.SaveSettings(s as app.FunnelSettingsDTO)),
}
