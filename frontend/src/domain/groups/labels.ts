// How group fields read in the active language.
import type { Group } from '../../api/groups'
import { t } from '../../i18n'

/** platformLabel names a platform; go-i18n reserves the leaf "other", hence other_platform. */
export function platformLabel(code: string): string {
  return t(code === 'other' ? 'ui.platform.other_platform' : `ui.platform.${code}`)
}

/** purposeLabel names a purpose; a custom one shows the creator's own words. */
export function purposeLabel(g: Pick<Group, 'purpose' | 'customPurpose'>): string {
  return g.purpose === 'custom' && g.customPurpose ? g.customPurpose : t(`ui.purpose.${g.purpose}`)
}

/** entrySummary lists the entry conditions, or says there are none. */
export function entrySummary(g: Pick<Group, 'minDaysFollowed' | 'minFanLevel' | 'ironFansOnly'>): string {
  const parts: string[] = []
  if (g.minDaysFollowed > 0) parts.push(t('ui.groups.entry.days', { Days: g.minDaysFollowed }))
  if (g.minFanLevel > 0) parts.push(t('ui.groups.entry.level', { Level: g.minFanLevel }))
  if (g.ironFansOnly) parts.push(t('ui.groups.entry.iron'))
  return parts.length ? parts.join(t('ui.common.list_sep')) : t('ui.groups.entry.any')
}
