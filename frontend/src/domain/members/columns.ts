// The member table's columns: their titles, widths and cell text, and which
// of them the user shows (remembered in localStorage).
import type { MemberRow } from '../../api/members'
import { t } from '../../i18n'
import { formatDateTime, formatNumber } from '../../i18n/format'
import { platformLabel } from '../groups/labels'
import { lastActiveText, rfmText, stageLabel, tierLabel } from '../tiers/labels'
import { sourceLabel } from './labels'
import { badgesText } from '../engagement/badgeLabels'

/** The columns, named as MemberRowDTO's fields (the export uses the same names). */
export const COLUMNS = ['nickname', 'tier', 'stage', 'lastActive', 'rfm', 'remark', 'platform', 'platformId',
  'daysFollowed', 'fanLevel', 'ironFan', 'source', 'tags', 'createdAt', 'updatedAt', 'badges'] as const
export type ColumnKey = (typeof COLUMNS)[number]

/** The tier sits next to the nickname: the table is often wider than the window. */
export const DEFAULT_COLUMNS: ColumnKey[] = ['nickname', 'tier', 'remark', 'platform', 'platformId', 'daysFollowed',
  'fanLevel', 'ironFan', 'source', 'tags']

/** The columns worked out from activity (tiers): shown and sorted, never exported. */
export const STANDING_COLUMNS: readonly ColumnKey[] = ['tier', 'stage', 'lastActive', 'rfm']

/** The columns an export can hold (members.ExportColumns on the Go side). */
export const EXPORT_COLUMNS: readonly ColumnKey[] = COLUMNS.filter((c) => !STANDING_COLUMNS.includes(c) && c !== 'badges')

const STORAGE_KEY = 'qunzhu.members.columns'

const TITLES: Record<ColumnKey, string> = {
  nickname: 'ui.members.col.nickname', remark: 'ui.members.col.remark', platform: 'ui.members.col.platform',
  platformId: 'ui.members.col.platform_id', daysFollowed: 'ui.members.col.days_followed',
  fanLevel: 'ui.members.col.fan_level', ironFan: 'ui.members.col.iron_fan', source: 'ui.members.col.source',
  tags: 'ui.members.col.tags', createdAt: 'ui.members.col.created', updatedAt: 'ui.members.col.updated',
  tier: 'ui.tiers.col.tier', stage: 'ui.tiers.col.stage', lastActive: 'ui.tiers.col.last_active', rfm: 'ui.tiers.col.rfm',
  badges: 'ui.engagement.badges.column',
}

/** Widths in px; nickname and tags take what is left over. */
const WIDTHS: Record<ColumnKey, number> = {
  nickname: 150, remark: 110, platform: 92, platformId: 110, daysFollowed: 100, fanLevel: 100, ironFan: 80,
  source: 84, tags: 130, tier: 96, stage: 84, lastActive: 100, rfm: 76, createdAt: 140, updatedAt: 140, badges: 160,
}

const NUMERIC: ColumnKey[] = ['daysFollowed', 'fanLevel', 'rfm']
const GROWS: ColumnKey[] = ['nickname', 'tags']

export function columnTitle(key: ColumnKey): string {
  return t(TITLES[key])
}

export function columnWidth(key: ColumnKey): number {
  return WIDTHS[key]
}

/** columnStyle sizes a header or body cell. */
export function columnStyle(key: ColumnKey): Record<string, string> {
  const w = `${WIDTHS[key]}px`
  return {
    flex: GROWS.includes(key) ? `1 0 ${w}` : `0 0 ${w}`,
    justifyContent: NUMERIC.includes(key) ? 'flex-end' : 'flex-start',
    textAlign: NUMERIC.includes(key) ? 'right' : 'left',
  }
}

/** standingText is a tier column's text; "—" until the member is scored. */
function standingText(key: ColumnKey, row: MemberRow): string {
  const s = row.standing
  if (!s) return '—'
  switch (key) {
    case 'tier': return tierLabel(s.tier)
    case 'stage': return stageLabel(s.stage)
    case 'lastActive': return lastActiveText(s)
    default: return rfmText(s)
  }
}

/** cellText is a cell as plain text (never markup); tags, iron fans and tiers are drawn by the table. */
export function cellText(key: ColumnKey, row: MemberRow): string {
  if (STANDING_COLUMNS.includes(key)) return standingText(key, row)
  switch (key) {
    case 'platform': return platformLabel(row.platform)
    case 'daysFollowed': return row.daysFollowed == null ? '—' : formatNumber(row.daysFollowed)
    case 'fanLevel': return row.fanLevel ? formatNumber(row.fanLevel) : '—'
    case 'ironFan': return row.ironFan ? t('ui.members.iron_fan') : ''
    case 'source': return sourceLabel(row.source)
    case 'tags': return (row.tags ?? []).join(t('ui.common.list_sep'))
    case 'badges': return badgesText(row.badges)
    case 'createdAt': return formatDateTime(row.createdAt, 'short')
    case 'updatedAt': return formatDateTime(row.updatedAt, 'short')
    default: return row[key as 'nickname' | 'remark' | 'platformId'] || ''
  }
}

/** loadColumns reads the chosen columns; the nickname is always shown. */
export function loadColumns(storage: Pick<Storage, 'getItem'> = localStorage): ColumnKey[] {
  let saved: unknown
  try {
    saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null')
  } catch {
    saved = null
  }
  if (!Array.isArray(saved)) return [...DEFAULT_COLUMNS]
  return COLUMNS.filter((c) => c === 'nickname' || saved.includes(c))
}

export function saveColumns(columns: readonly ColumnKey[], storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(COLUMNS.filter((c) => columns.includes(c))))
}
