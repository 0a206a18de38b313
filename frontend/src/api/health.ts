// Group health: a group's (or every group's) activity over a period, scored
// against the seeds' thresholds.
import * as Activity from '../../wailsjs/go/app/ActivityAPI'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'

export interface DayCount {
  date: string // YYYY-MM-DD
  messages: number
  speakers: number
}

/** The KPI lines in use (the backend's settings; the dashboard's too). */
export interface Thresholds {
  messagesPer100: number // messages a day per 100 members, healthy above
  reach: number // share of members with any event, healthy above
  participation: number // share of members who spoke, healthy above
  silentShare: number // share silent for silentDays, alert above
  silentDays: number
}

export interface Health {
  members: number
  messages: number
  days: number
  messagesPer100: number
  speakers: number
  participation: number // 0–1
  reached: number // members with any event in the group in the period
  reach: number // 0–1
  silent: number
  silentShare: number // 0–1
  silentAlert: boolean
  recorded: boolean // a chat of this group is on record (at any time)
  anyRecorded: boolean // a chat of any group is on record
  tiers: Record<string, number>
  heatmap: number[][] // [weekday 0 = Monday][hour], wall time as exported
  perDay: DayCount[]
  thresholds: Thresholds
}

const emptyHeatmap = (): number[][] => Array.from({ length: 7 }, () => Array<number>(24).fill(0))

/** fromDTO fills in what the backend may send as null. */
function fromDTO(h: app.HealthDTO): Health {
  return {
    ...h,
    tiers: h.tiers ?? {},
    heatmap: h.heatmap?.length === 7 ? h.heatmap : emptyHeatmap(),
    perDay: h.perDay ?? [],
  }
}

export const healthApi = {
  /** get is the health of a group (0: all groups) from from to to, YYYY-MM-DD, to inclusive. */
  get: (groupId: number, from: string, to: string): Promise<Health> =>
    call(() => Activity.Health(groupId, from, to)).then(fromDTO),
}
