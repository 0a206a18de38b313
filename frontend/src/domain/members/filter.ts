// The member filter as the screen holds it, and the chips that show (and
// clear) each active part of it.
import type { MemberFilter } from '../../api/members'
import { t } from '../../i18n'
import { platformLabel } from '../groups/labels'
import { FLAGS, flagLabel, stageLabel, tierLabel } from '../tiers/labels'
import { sourceLabel } from './labels'
import { BADGES, badgeLabel } from '../engagement/badgeLabels'

export function emptyFilter(trash = false): MemberFilter {
  return {
    search: '', groupId: 0, platforms: [], tags: [], sources: [], joinedFrom: '', joinedTo: '', trash,
    tiers: [], stages: [], flags: [],
  }
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

/** normalize makes any filter-like value (a saved segment's, a half-filled
 *  form's) a complete filter: no nulls, trimmed search, unset numbers absent. */
export function normalize(f: Partial<MemberFilter> | null | undefined): MemberFilter {
  const out = emptyFilter(f?.trash === true)
  out.search = (f?.search ?? '').trim()
  out.groupId = num(f?.groupId) ?? 0
  out.platforms = list(f?.platforms)
  out.tags = list(f?.tags)
  out.sources = list(f?.sources)
  out.joinedFrom = f?.joinedFrom ?? ''
  out.joinedTo = f?.joinedTo ?? ''
  out.tiers = list(f?.tiers)
  out.stages = list(f?.stages)
  out.flags = FLAGS.filter((x) => list(f?.flags).includes(x)) // in a fixed order: same lists, same filter
  const badges = BADGES.filter((x) => list(f?.badges).includes(x))
  if (badges.length) out.badges = badges
  if (typeof f?.ironFan === 'boolean') out.ironFan = f.ironFan
  for (const k of ['minDays', 'maxDays', 'minLevel', 'maxLevel'] as const) {
    const v = num(f?.[k])
    if (v !== undefined) out[k] = v
  }
  return out
}

/** sameFilter compares what two filters select (the trash flag aside). */
export function sameFilter(a: Partial<MemberFilter>, b: Partial<MemberFilter>): boolean {
  const key = (f: Partial<MemberFilter>) => JSON.stringify({ ...normalize(f), trash: false })
  return key(a) === key(b)
}

export interface Chip {
  key: string
  label: string
  /** clear returns the filter without this part */
  clear: (f: MemberFilter) => MemberFilter
}

export interface ChipNames {
  group: (id: number) => string
}

const DAYS = ['ui.members.chip.days_range', 'ui.members.chip.days_min', 'ui.members.chip.days_max'] as const
const LEVEL = ['ui.members.chip.level_range', 'ui.members.chip.level_min', 'ui.members.chip.level_max'] as const

function range([both, from, to]: readonly string[], min?: number, max?: number): string {
  if (min !== undefined && max !== undefined) return t(both, { Min: min, Max: max })
  return min !== undefined ? t(from, { Min: min }) : t(to, { Max: max })
}

function joined(from: string, to: string): string {
  if (from && to) return t('ui.members.chip.joined_range', { From: from, To: to })
  return from ? t('ui.members.chip.joined_from', { From: from }) : t('ui.members.chip.joined_to', { To: to })
}

const sep = () => t('ui.common.list_sep')
const without = (f: MemberFilter, patch: Partial<MemberFilter>): MemberFilter => normalize({ ...f, ...patch })

/** chipsOf lists the active parts of f, in the order the filter panel shows them. */
export function chipsOf(f: MemberFilter, names: ChipNames): Chip[] {
  const chips: Chip[] = []
  const add = (key: string, label: string, clear: Partial<MemberFilter>) =>
    chips.push({ key, label, clear: (g) => without(g, clear) })
  if (f.search) add('search', t('ui.members.chip.search', { Text: f.search }), { search: '' })
  if (f.groupId) add('group', t('ui.members.chip.group', { Name: names.group(f.groupId) }), { groupId: 0 })
  if (f.platforms.length) {
    add('platforms', t('ui.members.chip.platforms', { Values: f.platforms.map(platformLabel).join(sep()) }), { platforms: [] })
  }
  if (f.tags.length) add('tags', t('ui.members.chip.tags', { Values: f.tags.join(sep()) }), { tags: [] })
  if (f.ironFan !== undefined) {
    add('ironFan', t(f.ironFan ? 'ui.members.chip.iron_yes' : 'ui.members.chip.iron_no'), { ironFan: undefined })
  }
  if (f.minDays !== undefined || f.maxDays !== undefined) {
    add('days', range(DAYS, f.minDays, f.maxDays), { minDays: undefined, maxDays: undefined })
  }
  if (f.minLevel !== undefined || f.maxLevel !== undefined) {
    add('level', range(LEVEL, f.minLevel, f.maxLevel), { minLevel: undefined, maxLevel: undefined })
  }
  if (f.sources.length) {
    add('sources', t('ui.members.chip.sources', { Values: f.sources.map(sourceLabel).join(sep()) }), { sources: [] })
  }
  if (f.joinedFrom || f.joinedTo) add('joined', joined(f.joinedFrom, f.joinedTo), { joinedFrom: '', joinedTo: '' })
  if (f.tiers.length) add('tiers', t('ui.tiers.chip.tiers', { Values: f.tiers.map(tierLabel).join(sep()) }), { tiers: [] })
  if (f.stages.length) {
    add('stages', t('ui.tiers.chip.stages', { Values: f.stages.map(stageLabel).join(sep()) }), { stages: [] })
  }
  if (f.badges?.length) {
    add('badges', t('ui.engagement.badges.chip', { Values: f.badges.map(badgeLabel).join(sep()) }), { badges: undefined })
  }
  for (const flag of f.flags) {
    chips.push({ key: `flag-${flag}`, label: flagLabel(flag), clear: (g) => without(g, { flags: g.flags.filter((x) => x !== flag) }) })
  }
  return chips
}
