import { beforeAll, describe, expect, it } from 'vitest'
import { chipsOf, emptyFilter, normalize, sameFilter } from './filter'
import { loadLanguage } from '../../i18n'

const names = { group: (id: number) => (id === 7 ? 'Iron fans' : '?') }

describe('filter chips', () => {
  beforeAll(() => loadLanguage('en', async () => ({
    'ui.common.list_sep': ', ',
    'ui.members.chip.search': 'Search: {Text}',
    'ui.members.chip.group': 'Group: {Name}',
    'ui.members.chip.platforms': 'Platform: {Values}',
    'ui.members.chip.iron_no': 'Not iron fans',
    'ui.members.chip.days_range': 'Followed {Min}–{Max} days',
    'ui.members.chip.level_min': 'Level ≥ {Min}',
    'ui.members.chip.joined_to': 'Joined by {To}',
    'ui.platform.douyin': 'Douyin',
    'ui.platform.qq': 'QQ',
  })))

  it('has no chips for an empty filter', () => {
    expect(chipsOf(emptyFilter(), names)).toEqual([])
  })

  it('shows each active part as a chip, in panel order', () => {
    const f = normalize({ search: ' zs ', groupId: 7, platforms: ['douyin', 'qq'], ironFan: false, minDays: 30,
      maxDays: 90, minLevel: 5, joinedTo: '2025-01-31' })
    expect(chipsOf(f, names).map((c) => [c.key, c.label])).toEqual([
      ['search', 'Search: zs'], ['group', 'Group: Iron fans'], ['platforms', 'Platform: Douyin, QQ'],
      ['ironFan', 'Not iron fans'], ['days', 'Followed 30–90 days'], ['level', 'Level ≥ 5'], ['joined', 'Joined by 2025-01-31'],
    ])
  })

  it('clears exactly its own part', () => {
    const f = normalize({ search: 'zs', minDays: 30, maxDays: 90, ironFan: true, trash: true })
    const days = chipsOf(f, names).find((c) => c.key === 'days')!
    const after = days.clear(f)
    expect(after.minDays).toBeUndefined()
    expect(after.maxDays).toBeUndefined()
    expect(after).toMatchObject({ search: 'zs', ironFan: true, trash: true })
    const iron = chipsOf(after, names).find((c) => c.key === 'ironFan')!
    expect('ironFan' in iron.clear(after)).toBe(false) // "any" is absent, not null
  })
})

describe('normalize and sameFilter', () => {
  it('completes a saved filter with nulls from the backend', () => {
    const f = normalize({ search: 'a', platforms: null, tags: null, minDays: null, ironFan: null } as never)
    expect(f).toEqual({ ...emptyFilter(), search: 'a' })
    expect(JSON.stringify(f)).not.toContain('null')
  })

  it('compares what two filters select, whatever their shape', () => {
    expect(sameFilter({ search: ' x ', platforms: [] }, { ...emptyFilter(), search: 'x' })).toBe(true)
    expect(sameFilter({ search: 'x', trash: true }, { search: 'x' })).toBe(true)
    expect(sameFilter({ minLevel: 1 }, { minLevel: 2 })).toBe(false)
  })
})

describe('tier filters', () => {
  beforeAll(() => loadLanguage('en', async () => ({
    'ui.common.list_sep': ', ',
    'ui.tiers.chip.tiers': 'Tier: {Values}',
    'ui.tiers.chip.stages': 'Stage: {Values}',
    'ui.tiers.tier.core': 'Core',
    'ui.tiers.tier.dormant': 'Dormant',
    'ui.tiers.stage.declining': 'Declining',
    'ui.tiers.flag.slipping': 'Slipping away',
    'ui.tiers.flag.koc': 'KOC candidate',
  })))

  it('shows tiers and stages as one chip each, and each list as its own', () => {
    const f = normalize({ tiers: ['core', 'dormant'], stages: ['declining'], flags: ['koc', 'slipping'] })
    expect(chipsOf(f, names).map((c) => [c.key, c.label])).toEqual([
      ['tiers', 'Tier: Core, Dormant'], ['stages', 'Stage: Declining'],
      ['flag-slipping', 'Slipping away'], ['flag-koc', 'KOC candidate'],
    ])
  })

  it('clears one list and keeps the others', () => {
    const f = normalize({ tiers: ['core'], flags: ['slipping', 'koc'] })
    const slipping = chipsOf(f, names).find((c) => c.key === 'flag-slipping')!
    expect(slipping.clear(f)).toMatchObject({ tiers: ['core'], flags: ['koc'] })
    const tiers = chipsOf(f, names).find((c) => c.key === 'tiers')!
    expect(tiers.clear(f)).toMatchObject({ tiers: [], flags: ['slipping', 'koc'] })
  })

  it('keeps the tier parts of a saved segment, lists in a fixed order and unknown ones dropped', () => {
    const saved = { search: 'a', tiers: ['active'], stages: null, flags: ['promising', 'bogus', 'slipping'] }
    const f = normalize(saved as never)
    expect(f).toMatchObject({ tiers: ['active'], stages: [], flags: ['slipping', 'promising'] })
    expect(emptyFilter()).toMatchObject({ tiers: [], stages: [], flags: [] })
    expect(sameFilter({ flags: ['koc', 'slipping'] }, { flags: ['slipping', 'koc'] })).toBe(true)
    expect(sameFilter({ tiers: ['core'] }, {})).toBe(false)
  })
})
