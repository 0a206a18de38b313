// Badge names follow the streak settings; the member filter keeps the
// chosen badges in the screens' order (same badges, same filter) and shows
// them as one chip that clears them.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadLanguage } from '../../i18n'
import { chipsOf, normalize, sameFilter } from '../members/filter'
import { badgeLabel, badgesText, useBadgeDays } from './badgeLabels'

beforeAll(() => loadLanguage('en', async () => ({
  'ui.engagement.badges.kind.streak': '{Days}-day streak', 'ui.engagement.badges.kind.streak_long': '{Days}-day streak',
  'ui.engagement.badges.kind.koc': 'Topic starter', 'ui.engagement.badges.kind.praised': 'Special praise',
  'ui.engagement.badges.chip': 'Badges: {Values}', 'ui.common.list_sep': ' · ',
})))

describe('badge labels', () => {
  it('name the streak days from the settings, defaults until read', () => {
    expect(badgeLabel('streak')).toBe('7-day streak')
    expect(badgeLabel('streak_long')).toBe('21-day streak')
    useBadgeDays({ streakDays: 5, longStreakDays: 30 })
    expect(badgesText(['streak', 'streak_long', 'koc'])).toBe('5-day streak · 30-day streak · Topic starter')
    useBadgeDays({ streakDays: 7, longStreakDays: 21 })
  })

  it('show an unknown badge as stored, and nothing for none', () => {
    expect(badgeLabel('mvp')).toBe('mvp')
    expect(badgesText(undefined)).toBe('')
  })
})

describe('the badge filter', () => {
  it('keeps known badges in order and drops the rest', () => {
    expect(normalize({ badges: ['praised', 'bogus', 'koc'] }).badges).toEqual(['koc', 'praised'])
    expect(normalize({ badges: [] }).badges).toBeUndefined()
    expect(sameFilter({ badges: ['praised', 'koc'] }, { badges: ['koc', 'praised'] })).toBe(true)
    expect(sameFilter({ badges: ['koc'] }, {})).toBe(false)
  })

  it('shows one chip that clears every badge', () => {
    const f = normalize({ badges: ['koc', 'praised'], tags: ['a'] })
    const chip = chipsOf(f, { group: () => '' }).find((c) => c.key === 'badges')
    expect(chip?.label).toBe('Badges: Topic starter · Special praise')
    const cleared = chip!.clear(f)
    expect(cleared.badges).toBeUndefined()
    expect(cleared.tags).toEqual(['a'])
  })
})
