// The tier thresholds as the settings form shows them: grouped, each with the
// name its errors come back under, its unit and step, and the draft the
// inputs edit (a cleared input is null until filled again).
import type { FieldError } from '../../api/errors'
import type { TierSettings } from '../../api/tiers'

export type TierKey = keyof TierSettings
export type Unit = 'days' | 'points' | 'per_day' | 'per_week' | 'times' | 'percent' | 'per_100' | ''

export interface TierField {
  key: TierKey // the Go struct's field
  field: string // the name its validation errors use (tiers.Settings.Validate)
  label: string // the catalog leaf under ui.tiers.settings (…_hint is its explanation)
  unit: Unit
  step: number
}

const int = (key: TierKey, field: string, label: string, unit: Unit): TierField => ({ key, field, label, unit, step: 1 })
const real = (key: TierKey, field: string, label: string, unit: Unit, step: number): TierField =>
  ({ key, field, label, unit, step })

export interface TierGroup {
  key: 'score' | 'tiers' | 'stages' | 'lists' | 'health'
  fields: TierField[]
}

export const TIER_GROUPS: TierGroup[] = [
  { key: 'score', fields: [
    int('WindowDays', 'windowDays', 'window_days', 'days'),
    real('WeightPost', 'weightPost', 'weight_post', '', 0.5),
    real('WeightShare', 'weightShare', 'weight_share', '', 0.5),
    real('WeightTip', 'weightTip', 'weight_tip', '', 0.05),
    real('WeightPurchase', 'weightPurchase', 'weight_purchase', '', 0.5),
  ] },
  { key: 'tiers', fields: [
    int('CoreMin', 'coreMin', 'core_min', 'points'),
    int('ActiveMin', 'activeMin', 'active_min', 'points'),
    int('LurkerMin', 'lurkerMin', 'lurker_min', 'points'),
    int('DormantDays', 'dormantDays', 'dormant_days', 'days'),
    int('DemoteAfterDays', 'demoteAfterDays', 'demote_after_days', 'days'),
  ] },
  { key: 'stages', fields: [
    real('MaturePerDay', 'maturePerDay', 'mature_per_day', 'per_day', 0.5),
    real('GrowingPerDay', 'growingPerDay', 'growing_per_day', 'per_day', 0.5),
    real('ObservingPerWeek', 'observingPerWeek', 'observing_per_week', 'per_week', 0.5),
    real('DeclineRatio', 'declineRatio', 'decline_ratio', '', 0.05),
    real('DeclineMinPerDay', 'declineMinPerDay', 'decline_min_per_day', 'per_day', 0.5),
  ] },
  { key: 'lists', fields: [
    int('SlippingDays', 'slippingDays', 'slipping_days', 'days'),
    int('NewDays', 'newDays', 'new_days', 'days'),
    int('KOCMinStarts', 'kocMinStarts', 'koc_min_starts', 'times'),
    int('KOCMinReplies', 'kocMinReplies', 'koc_min_replies', 'times'),
    int('CreatorMinPosts', 'creatorMinPosts', 'creator_min_posts', 'times'),
  ] },
  { key: 'health', fields: [
    real('HealthyMessagesPer100', 'healthyMessagesPer100', 'healthy_messages_per100', 'per_100', 1),
    int('HealthyParticipationPct', 'healthyParticipationPct', 'healthy_participation_pct', 'percent'),
    int('SilentAlertPct', 'silentAlertPct', 'silent_alert_pct', 'percent'),
    int('SilentDays', 'silentDays', 'silent_days', 'days'),
    int('HealthyReachPct', 'healthyReachPct', 'healthy_reach_pct', 'percent'),
  ] },
]

export const TIER_FIELDS: TierField[] = TIER_GROUPS.flatMap((g) => g.fields)

export type TierDraft = Record<TierKey, number | null>

export function draftOf(s: TierSettings): TierDraft {
  return Object.fromEntries(TIER_FIELDS.map((f) => [f.key, s[f.key] ?? null])) as TierDraft
}

/** sameSettings tells whether the draft holds exactly these settings. */
export function sameSettings(d: TierDraft, s: TierSettings | null): boolean {
  return !!s && TIER_FIELDS.every((f) => d[f.key] === s[f.key])
}

/** toSettings is the draft as settings, or the fields left empty as errors. */
export function toSettings(d: TierDraft): { settings: TierSettings } | { errors: Record<string, FieldError> } {
  const errors: Record<string, FieldError> = {}
  for (const f of TIER_FIELDS) {
    if (d[f.key] === null || !Number.isFinite(d[f.key])) {
      errors[f.field] = { key: 'err.field.required', params: {}, message: 'required' }
    }
  }
  if (Object.keys(errors).length) return { errors }
  return { settings: { ...d } as TierSettings }
}
