// Badges: worked out from the records by a background job (check-in
// streaks, first message, topic starter, every vote), awarded and taken back
// by hand with a reason, listed, and this week's new ones with a
// congratulation to paste into the group (the app never sends it).
import * as Badges from '../../wailsjs/go/app/BadgesAPI'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'
import { JOBS } from './events'
import { runJob, type JobEvent } from './jobs'

export type BadgeKind = app.BadgeKindDTO
export type BadgeHolding = app.BadgeHoldingDTO
/** BadgeSettings are the thresholds, named as the Go struct's JSON fields. */
export type BadgeSettings = Omit<app.BadgeSettingsDTO, never>

export interface BadgesOverview {
  kinds: BadgeKind[]
  members: number
  settings: BadgeSettings
}

export interface BadgesWeek {
  since: string // the Monday, YYYY-MM-DD
  holdings: BadgeHolding[]
  message: string // '' when nobody earned one
}

/** BadgeQuery picks holdings: badge '' any, groupId 0 any, since '' any, memberId 0 any. */
export interface BadgeQuery {
  badge: string
  groupId: number
  since: string
  memberId: number
  revoked: boolean
  limit: number
}

/** BadgeChange is a hand award or a taking back, with the reason. */
export interface BadgeChange {
  memberId: number
  groupId: number
  badge: string
  reason: string
}

/** An evaluation's progress or end. */
export type EvaluateEvent = JobEvent<{ overview: BadgesOverview }>

const overview = (o: app.BadgesOverviewDTO): BadgesOverview => ({ kinds: o.kinds ?? [], members: o.members, settings: o.settings })

export const badgesApi = {
  overview: (): Promise<BadgesOverview> => call(() => Badges.Overview()).then(overview),
  list: (q: BadgeQuery): Promise<BadgeHolding[]> =>
    call(() => Badges.List(q as app.BadgeQueryDTO)).then((l) => l ?? []),
  thisWeek: (groupId: number): Promise<BadgesWeek> =>
    call(() => Badges.ThisWeek(groupId)).then((w) => ({ ...w, holdings: w.holdings ?? [] })),
  award: (c: BadgeChange): Promise<void> => call(() => Badges.Award(c as app.BadgeChangeDTO)),
  takeBack: (c: BadgeChange): Promise<void> => call(() => Badges.TakeBack(c as app.BadgeChangeDTO)),
  /** saveSettings validates (field errors under the JSON field names) and stores; evaluate applies them. */
  saveSettings: (s: BadgeSettings): Promise<BadgeSettings> => call(() => Badges.SaveSettings(s as app.BadgeSettingsDTO)),
  defaults: (): Promise<BadgeSettings> => call(() => Badges.DefaultSettings()),
  /** startEvaluate works every rule badge out in the background, handing onEvent its progress and end. */
  startEvaluate: (onEvent: (e: EvaluateEvent) => void): Promise<string> =>
    runJob<EvaluateEvent>(JOBS.badges, () => call(() => Badges.StartEvaluate()),
      (e) => onEvent(e.type === 'done' ? { ...e, overview: overview(e.overview as app.BadgesOverviewDTO) } : e)),
  /** cancelEvaluate stops an evaluation; it then fails with the code "cancelled" and stores nothing. */
  cancelEvaluate: (jobId: string): Promise<void> => call(() => Badges.CancelEvaluate(jobId)),
}
