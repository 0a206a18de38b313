// Tiers and stages: a member's activity timeline, working every member's tier
// out again, and the thresholds behind it (with a preview before saving).
import * as Activity from '../../wailsjs/go/app/ActivityAPI'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'
import { JOBS } from './events'
import { runJob, type JobEvent } from './jobs'

export type Standing = app.StandingDTO
/** TierSettings are every threshold, named as the Go struct's fields. */
export type TierSettings = Omit<app.TierSettingsDTO, never>
export type TierCounts = Record<string, number>

export interface Day {
  date: string // YYYY-MM-DD
  count: number
}

export interface TimelineEvent {
  at: string // local wall time YYYY-MM-DDTHH:MM:SS
  kind: string
  label: string // the kind, localized
  text: string
  value: number
  chat: string
}

export interface Timeline {
  days: Day[]
  recent: TimelineEvent[]
}

export interface TierSummary {
  tiers: TierCounts
  stages: TierCounts
}

const summary = (s: app.TierSummaryDTO): TierSummary => ({ tiers: s.tiers ?? {}, stages: s.stages ?? {} })

/** A re-scoring job's progress (done of total = 1000) or end. */
export type RescoreEvent = JobEvent<{ summary: TierSummary }>

export const tiersApi = {
  /** timeline is a member's interactions per day over 90 days and the latest ones. */
  timeline: (memberId: number): Promise<Timeline> =>
    call(() => Activity.Timeline(memberId)).then((tl) => ({ days: tl.days ?? [], recent: tl.recent ?? [] })),
  /** startRecompute re-scores every member in the background, handing onEvent its progress and end. */
  startRecompute: (onEvent: (e: RescoreEvent) => void): Promise<string> =>
    runJob<RescoreEvent>(JOBS.rescore, () => call(() => Activity.StartRecompute()),
      (e) => onEvent(e.type === 'done' ? { ...e, summary: summary(e.summary) } : e)),
  /** cancelRecompute stops a re-scoring; it then fails with the code "cancelled" and stores nothing. */
  cancelRecompute: (jobId: string): Promise<void> => call(() => Activity.CancelRecompute(jobId)),
  settings: (): Promise<TierSettings> => call(() => Activity.TierSettings()),
  defaults: (): Promise<TierSettings> => call(() => Activity.DefaultTierSettings()),
  /** save validates (field errors under the camelCase field names), stores and re-scores. */
  save: (s: TierSettings): Promise<TierSummary> =>
    call(() => Activity.SaveTierSettings(s as app.TierSettingsDTO)).then(summary),
  /** preview counts the members each tier would hold under s, storing nothing. */
  preview: (s: TierSettings): Promise<TierCounts> =>
    call(() => Activity.PreviewTiers(s as app.TierSettingsDTO)).then((c) => c ?? {}),
}
