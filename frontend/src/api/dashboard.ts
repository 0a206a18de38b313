// The morning dashboard: one group (or all groups) over a period — members
// and growth, activity per day, reach, participation and silence against
// the seeds' healthy lines, tiers, the invitation funnel, recent votes and draws,
// and the plan (items, 7-2-1 mix, today's, violations).
import * as Dashboard from '../../wailsjs/go/app/DashboardAPI'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'

export interface DashboardDay {
  date: string // YYYY-MM-DD
  messages: number
  speakers: number
  reached: number
  joins: number
  leaves: number
}

export interface DashboardThresholds {
  messagesPer100: number // messages a day per 100 members, healthy above
  reach: number // share of members with any interaction, healthy above
  participation: number // share of members who spoke, healthy above
  silentShare: number // share silent for silentDays, alert above
  silentDays: number
}

export interface Funnel {
  invited: number
  copied: number
  sent: number
  joined: number
  active: number
  core: number
}

export interface RecentPoll {
  id: number
  question: string
  status: string
  voters: number
  createdAt: string
}

export interface RecentDraw {
  id: number
  title: string
  status: string
  entrants: number
  winners: number
  at: string
}

/** The planner's side: the period's items and their 7-2-1 mix, today's, the violations logged. */
export interface DashboardPlan {
  items: number
  done: number
  useful: number
  emotional: number
  marketing: number
  marketingWarn: boolean // marketing above marketingWarnAt % of the items
  marketingWarnAt: number // percent
  today: number // items on today's date, whatever the period
  todayDone: number
  violations: number
  removals: number
}

const NO_PLAN: DashboardPlan = {
  items: 0, done: 0, useful: 0, emotional: 0, marketing: 0, marketingWarn: false, marketingWarnAt: 0, today: 0, todayDone: 0,
  violations: 0, removals: 0,
}

export interface DashboardData {
  members: number
  membersBefore: number
  joins: number
  leaves: number
  messages: number
  events: number
  days: number
  speakers: number
  reached: number
  silent: number
  messagesPer100: number
  reach: number // 0–1
  participation: number // 0–1
  silentShare: number // 0–1
  silentAlert: boolean
  recorded: boolean // the scope has chat events on record (at any time)
  thresholds: DashboardThresholds
  tiers: Record<string, number>
  perDay: DashboardDay[]
  funnel: Funnel
  polls: RecentPoll[]
  draws: RecentDraw[]
  plan: DashboardPlan
}

/** fromDTO fills in what the backend may send as null. */
export function fromDTO(d: app.DashboardDTO): DashboardData {
  return {
    ...d,
    tiers: d.tiers ?? {},
    perDay: d.perDay ?? [],
    polls: d.polls ?? [],
    draws: d.draws ?? [],
    funnel: d.funnel ?? { invited: 0, copied: 0, sent: 0, joined: 0, active: 0, core: 0 },
    plan: { ...NO_PLAN, ...(d.plan ?? {}) },
  }
}

export const dashboardApi = {
  /** get is the dashboard of a group (0: all groups) from from to to, YYYY-MM-DD, to inclusive. */
  get: (groupId: number, from: string, to: string): Promise<DashboardData> =>
    call(() => Dashboard.Get(groupId, from, to)).then(fromDTO),
}
