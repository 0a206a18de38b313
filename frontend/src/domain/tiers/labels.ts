// Tiers, stages, roles and the lists a creator acts on, as the active
// language names them, and a member's standing as short text.
import type { Standing } from '../../api/tiers'
import { t } from '../../i18n'
import { formatDaysAgo } from '../../i18n/format'

/** The tiers, highest first (the order the list sorts them in). */
export const TIERS = ['core', 'active', 'lurker', 'dormant', 'invalid'] as const
export const STAGES = ['mature', 'growing', 'steady', 'observing', 'declining', 'dormant'] as const
/** The lists: slipping away, new and promising, KOC candidates. */
export const FLAGS = ['slipping', 'promising', 'koc'] as const
export type Flag = (typeof FLAGS)[number]

export const tierLabel = (code: string): string => t(`ui.tiers.tier.${code}`)
export const stageLabel = (code: string): string => t(`ui.tiers.stage.${code}`)
export const roleLabel = (code: string): string => t(`ui.tiers.role.${code}`)
export const flagLabel = (code: string): string => t(`ui.tiers.flag.${code}`)
/** flagHint says in one line who is on the list. */
export const flagHint = (code: string): string => t(`ui.tiers.flag_hint.${code}`)

/** flagsOf lists the lists a member is on. */
export function flagsOf(s: Standing): Flag[] {
  return FLAGS.filter((f) => s[f])
}

/** rfmText is the three scores, e.g. "5·4·3". */
export function rfmText(s: Standing): string {
  return `${s.r}·${s.f}·${s.m}`
}

const DAY = 24 * 60 * 60 * 1000

/** daysSince is how many whole days ago the member last interacted, counted
 *  from now (the stored recency is as of the last scoring); -1 never. */
export function daysSince(s: Standing, now = Date.now()): number {
  const at = s.lastAt ? Date.parse(s.lastAt) : NaN
  if (Number.isNaN(at)) return s.recency
  return Math.max(0, Math.floor((now - at) / DAY))
}

/** lastActiveText is when the member last interacted, e.g. "3 days ago". */
export function lastActiveText(s: Standing, now = Date.now()): string {
  const days = daysSince(s, now)
  return days < 0 ? t('ui.tiers.never') : formatDaysAgo(days)
}
