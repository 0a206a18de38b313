import { describe, expect, it } from 'vitest'
import { i18n, interpolate, loadLanguage, matchLanguage, pickLanguage, t, tError } from './index'

describe('interpolate', () => {
  it('fills {Name} placeholders and leaves unknown ones', () => {
    expect(interpolate('At most {Max} characters.', { Max: 60 })).toBe('At most 60 characters.')
    expect(interpolate('{A} and {B}', { A: 'x' })).toBe('x and {B}')
    expect(interpolate('no params {X}')).toBe('no params {X}')
  })

  it('does not treat the value as markup or as a new placeholder', () => {
    expect(interpolate('Hi {Name}', { Name: '<b>{Name}</b>' })).toBe('Hi <b>{Name}</b>')
  })
})

describe('t and tError', () => {
  it('render from the loaded catalog and fall back to the key or the message', async () => {
    await loadLanguage('en', async () => ({ 'err.field.range': 'Must be between {Min} and {Max}.', 'app.title': 'Qunzhu' }))
    expect(t('err.field.range', { Min: 1, Max: 365 })).toBe('Must be between 1 and 365.')
    expect(t('nope.missing.key')).toBe('nope.missing.key')
    expect(tError({ key: 'err.field.range', params: { Min: 0, Max: 99 } })).toBe('Must be between 0 and 99.')
    expect(tError({ key: 'err.unknown', params: {}, message: 'Server said no.' })).toBe('Server said no.')
  })
})

describe('matchLanguage', () => {
  it.each([
    ['zh-TW', 'zh-TW'], ['zh-HK', 'zh-TW'], ['zh-Hant', 'zh-TW'], ['zh-Hant-CN', 'zh-TW'], ['zh_TW.UTF-8', 'zh-TW'],
    ['zh', 'zh-CN'], ['zh-CN', 'zh-CN'], ['zh-Hans-SG', 'zh-CN'], ['en', 'en'], ['en-GB', 'en'],
    ['fr-FR', ''], ['', ''], ['english', ''],
  ])('%s -> %s', (tag, want) => {
    expect(matchLanguage(tag)).toBe(want)
  })
})

describe('pickLanguage', () => {
  it('prefers the saved choice, then the browser, then the workspace, then zh-CN', () => {
    expect(pickLanguage('en', ['zh-TW'], 'zh-CN')).toBe('en')
    expect(pickLanguage('', ['fr', 'zh-HK', 'en'], 'en')).toBe('zh-TW')
    expect(pickLanguage('', ['fr', 'de'], 'en')).toBe('en')
    expect(pickLanguage('', [], '')).toBe('zh-CN')
  })
})

describe('loadLanguage', () => {
  it('sets the document language and lets the latest request win', async () => {
    let release!: () => void
    const slow = loadLanguage('zh-TW', () => new Promise((r) => { release = () => r({ k: '慢' }) }))
    await loadLanguage('zh-CN', async () => ({ k: '快' }))
    release()
    await slow
    expect(i18n.lang).toBe('zh-CN')
    expect(t('k')).toBe('快')
    expect(document.documentElement.lang).toBe('zh-CN')
  })
})
