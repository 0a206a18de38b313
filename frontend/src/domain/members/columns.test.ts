import { beforeAll, describe, expect, it } from 'vitest'
import { COLUMNS, DEFAULT_COLUMNS, EXPORT_COLUMNS, STANDING_COLUMNS, cellText, loadColumns, saveColumns } from './columns'
import { daysSince, lastActiveText } from '../tiers/labels'
import { loadLanguage } from '../../i18n'

function memory(value: string | null) {
  const store = { value }
  return { getItem: () => store.value, setItem: (_: string, v: string) => { store.value = v }, store }
}

describe('chosen columns', () => {
  it('defaults when nothing (or nonsense) is saved', () => {
    expect(loadColumns(memory(null))).toEqual(DEFAULT_COLUMNS)
    expect(loadColumns(memory('{oops'))).toEqual(DEFAULT_COLUMNS)
    expect(loadColumns(memory('"remark"'))).toEqual(DEFAULT_COLUMNS)
  })

  it('round-trips in table order, drops unknown names and always keeps the nickname', () => {
    const s = memory(null)
    saveColumns(['tags', 'createdAt', 'platform'], s)
    expect(loadColumns(s)).toEqual(['nickname', 'platform', 'tags', 'createdAt'])
    expect(loadColumns(memory('["bogus","remark"]'))).toEqual(['nickname', 'remark'])
  })
})

describe('tier columns', () => {
  const standing = {
    tier: 'core', stage: 'growing', role: 'creator', r: 5, f: 4, m: 3, recency: 2, frequency: 120, monetary: 45,
    lastAt: '', slipping: false, promising: true, koc: true, tierRule: 'rule', stageRule: 'stage rule',
  }
  const row = (s: typeof standing | null) => ({
    id: 1, nickname: 'fan', remark: '', platform: 'douyin', platformId: '', fanLevel: 0, ironFan: false,
    source: 'manual', tags: [], createdAt: '', updatedAt: '', deletedAt: '', standing: s,
  })

  beforeAll(() => loadLanguage('en', async () => ({
    'ui.tiers.tier.core': 'Core', 'ui.tiers.stage.growing': 'Growing', 'ui.tiers.never': 'Never',
  })))

  it('shows the tier in the defaults, and the other tier columns on demand', () => {
    expect(DEFAULT_COLUMNS).toContain('tier')
    for (const c of ['stage', 'lastActive', 'rfm'] as const) {
      expect(DEFAULT_COLUMNS).not.toContain(c)
      expect(COLUMNS).toContain(c)
    }
  })

  it('never exports the tier columns, which the backend refuses', () => {
    expect(EXPORT_COLUMNS).toEqual(['nickname', 'remark', 'platform', 'platformId', 'daysFollowed', 'fanLevel',
      'ironFan', 'source', 'tags', 'createdAt', 'updatedAt'])
  })

  it('reads the standing as text, and a dash until the member is scored', () => {
    expect(cellText('tier', row(standing))).toBe('Core')
    expect(cellText('stage', row(standing))).toBe('Growing')
    expect(cellText('rfm', row(standing))).toBe('5·4·3')
    expect(cellText('lastActive', row(standing))).toBe('2 days ago')
    expect(cellText('lastActive', row({ ...standing, recency: -1 }))).toBe('Never')
    for (const c of STANDING_COLUMNS) expect(cellText(c, row(null))).toBe('—')
  })

  it('counts the last activity from its time, not the stored recency', () => {
    const now = Date.parse('2025-03-10T12:00:00Z')
    const s = { ...standing, recency: 0, lastAt: '2025-03-07T09:00:00Z' }
    expect(daysSince(s, now)).toBe(3)
    expect(lastActiveText(s, now)).toBe('3 days ago')
    expect(lastActiveText({ ...s, lastAt: '2025-03-10T08:00:00Z' }, now)).toBe('today')
  })
})
