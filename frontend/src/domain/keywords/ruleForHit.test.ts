import { describe, expect, it } from 'vitest'
import { MAX_WHAT, ruleForHit, whatOf } from './ruleForHit'

const zh = ['不刷屏', '不发广告', '不人身攻击', '不讨论敏感话题']
const en = ['Be kind', 'No spam', 'No ads', 'No personal attacks']

describe('ruleForHit', () => {
  const cases: [string[], string, string | null][] = [
    [zh, 'adlaw', '不发广告'],
    [zh, 'competitor', '不发广告'],
    [zh, 'negative', '不人身攻击'],
    [zh, 'custom', null],
    [en, 'adlaw', 'No ads'],
    [en, 'negative', 'No personal attacks'],
    [['Add friends politely', 'Bad words banned'], 'adlaw', null], // "ad" only as a word
    [['不刷屏'], 'adlaw', null],
    [['不討論敏感話題'], 'negative', '不討論敏感話題'],
  ]
  it.each(cases)('%j, %s → %s', (rules, category, want) => {
    expect(ruleForHit(rules, category)).toBe(want)
  })
})

describe('whatOf', () => {
  it('keeps a short message, trimmed', () => expect(whatOf('  全网第一 ')).toBe('全网第一'))
  it('cuts a long one to the limit, by characters', () => {
    const got = whatOf('好'.repeat(MAX_WHAT + 10))
    expect([...got].length).toBe(MAX_WHAT)
    expect(got.endsWith('…')).toBe(true)
  })
})
