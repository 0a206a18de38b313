// The keyword screen over mocked bindings: the list by category, hits with
// the word marked and messages shown as text, chips that filter, adding a
// word (refused with the field named, then added and rescanned).
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { h, KeepAlive, ref } from 'vue'
import KeywordsView from './KeywordsView.vue'
import { setupFeedback } from '../feedback'
import { loadLanguage } from '../i18n'

const bus = vi.hoisted(() => {
  const listeners = new Map<string, (data: unknown) => void>()
  return {
    EventsOn: (name: string, cb: (data: unknown) => void) => {
      listeners.set(name, cb)
      return () => listeners.delete(name)
    },
    emit: (name: string, data: unknown) => listeners.get(name)?.(data),
  }
})
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: bus.EventsOn }))
const api = vi.hoisted(() => ({
  Words: vi.fn(), AddWord: vi.fn(), UpdateWord: vi.fn(), DeleteWord: vi.fn(), RestoreDefaults: vi.fn(),
  Hits: vi.fn(), StartScan: vi.fn(), CancelScan: vi.fn(),
}))
vi.mock('../../wailsjs/go/app/KeywordsAPI', () => api)
vi.mock('../../wailsjs/go/app/GroupsAPI', () => ({
  List: async () => [{ id: 4, name: '粉丝群' }],
  Options: async () => ({ platforms: [], purposes: [], capacityPresets: [] }),
}))

const word = (id: number, text: string, severity: number, category: string) =>
  ({ id, text, category, severity, level: '', note: '' })
const words = [word(1, '国家级', 3, 'adlaw'), word(2, '最', 1, 'adlaw'), word(3, '退款', 2, 'negative')]
const hit = (eventId: number, w: ReturnType<typeof word>, before: string, after: string, nickname: string) => ({
  eventId, word: w, at: '2024-05-01T10:05:00', groupId: 4, group: '粉丝群', memberId: 7, nickname,
  before, match: w.text, after,
})
const page = {
  hits: [hit(2, words[2], '我要', '！', '小刚'), hit(1, words[0], '<b>真的</b>', '品质', '<img src=x onerror=alert(1)>')],
  total: 2, counts: { 1: 1, 3: 1 }, categories: { adlaw: 1, negative: 1 }, all: 2, stale: false,
}

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
const allByTestId = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)]
let wrapper: VueWrapper | undefined

async function mountView() {
  wrapper = mount({ render: () => h(KeepAlive, null, [h(KeywordsView)]) }, { attachTo: document.body })
  await flushPromises()
}

function type(id: string, value: string) {
  const el = byTestId(id) as HTMLInputElement
  el.value = value
  el.dispatchEvent(new Event('input'))
}

describe('KeywordsView', () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({
      'ui.keywords.category.adlaw': 'Advertising law',
      'ui.keywords.level.act': 'Act',
      'err.field.required': 'Required.',
      'ui.keywords.filter.sender': 'Sender: {Name}',
    }))
  })
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(api).forEach((f) => f.mockReset())
    api.Words.mockResolvedValue(words)
    api.Hits.mockResolvedValue(structuredClone(page))
  })
  afterEach(() => wrapper?.unmount())

  it('lists the words by category and the hits with the word marked, as text', async () => {
    await mountView()
    const adlaw = byTestId('keywords-category-adlaw')!
    expect(adlaw.textContent).toContain('Advertising law')
    expect([...adlaw.querySelectorAll('[data-text]')].map((e) => e.getAttribute('data-text'))).toEqual(['国家级', '最'])
    expect(byTestId('keywords-category-competitor')!.style.display).toBe('none')

    const rows = allByTestId('hit-row')
    expect(rows.map((r) => r.getAttribute('data-word'))).toEqual(['退款', '国家级'])
    expect(allByTestId('hit-match').map((m) => m.textContent)).toEqual(['退款', '国家级'])
    expect(allByTestId('hit-context')[1].textContent).toBe('<b>真的</b>国家级品质')
    expect(allByTestId('hit-sender')[1].textContent).toBe('<img src=x onerror=alert(1)>')
    expect(document.querySelector('[data-testid="hits-table"] b, [data-testid="hits-table"] img')).toBeNull()
    expect(rows[1].textContent).toContain('Act')
    expect(byTestId('hits-chip-category-adlaw')!.textContent).toContain('1')
    expect(byTestId('hits-chip-word-3')!.textContent).toContain('退款')
    expect(api.StartScan).not.toHaveBeenCalled() // the hits are up to date
  })

  it('filters by a category chip and by a word chip', async () => {
    await mountView()
    byTestId('hits-chip-category-negative')!.click()
    await flushPromises()
    expect(api.Hits).toHaveBeenLastCalledWith(expect.objectContaining({ category: 'negative', wordId: 0, offset: 0 }))
    byTestId('hits-chip-word-1')!.click()
    await flushPromises()
    expect(api.Hits).toHaveBeenLastCalledWith(expect.objectContaining({ category: 'negative', wordId: 1 }))
    byTestId('hits-clear')!.click()
    await flushPromises()
    expect(api.Hits).toHaveBeenLastCalledWith(expect.objectContaining({ category: '', wordId: 0 }))
  })

  it('shows only one sender’s hits, named as text on a chip that undoes it', async () => {
    await mountView()
    allByTestId('hit-sender')[1].click()
    await flushPromises()
    expect(api.Hits).toHaveBeenLastCalledWith(expect.objectContaining({ memberId: 7, offset: 0 }))
    const chip = byTestId('hits-sender-chip')!
    expect(chip.textContent).toContain('<img src=x onerror=alert(1)>')
    expect(chip.querySelector('img')).toBeNull()
    chip.querySelector<HTMLElement>('.n-tag__close, .n-base-close')!.click()
    await flushPromises()
    expect(api.Hits).toHaveBeenLastCalledWith(expect.objectContaining({ memberId: 0 }))
    expect(byTestId('hits-sender-chip')).toBeNull()
  })

  it('names a bad field, then adds the word and rescans with progress', async () => {
    await mountView()
    api.AddWord.mockRejectedValueOnce(JSON.stringify({ code: 'invalid', key: 'err.invalid_input',
      fields: { text: { key: 'err.field.required', message: 'Required.' } } }))
    byTestId('keywords-submit')!.click()
    await flushPromises()
    expect(byTestId('field-error-text')!.textContent).toBe('Required.')

    api.AddWord.mockResolvedValue(word(9, '面霜', 2, 'custom'))
    api.StartScan.mockResolvedValue('5')
    type('keywords-text', '面霜')
    await flushPromises()
    byTestId('keywords-submit')!.click()
    await flushPromises()
    expect(api.AddWord).toHaveBeenLastCalledWith(expect.objectContaining({ text: '面霜', category: 'custom', severity: 2 }))
    expect(byTestId('field-error-text')).toBeNull()
    bus.emit('keywords:progress', { jobId: '5', done: 50, total: 200 })
    await flushPromises()
    expect(byTestId('keywords-scan-bar')!.textContent).toContain('25')
    byTestId('keywords-scan-cancel')!.click()
    expect(api.CancelScan).toHaveBeenCalledWith('5')
    bus.emit('keywords:done', { jobId: '5', full: true, events: 200, hits: 3 })
    await flushPromises()
    expect(byTestId('keywords-scan')).toBeNull()
    expect(byTestId('keywords-scan-done')).not.toBeNull()
  })

  it('edits a word clicked in the list', async () => {
    await mountView()
    byTestId('keywords-word-2')!.click()
    await flushPromises()
    expect((byTestId('keywords-text') as HTMLInputElement).value).toBe('最')
    api.UpdateWord.mockResolvedValue(word(2, '最', 3, 'adlaw'))
    byTestId('keywords-severity-3')!.querySelector('input')!.click()
    await flushPromises()
    byTestId('keywords-submit')!.click()
    await flushPromises()
    expect(api.UpdateWord).toHaveBeenCalledWith(2, expect.objectContaining({ text: '最', severity: 3 }))
    expect(api.StartScan).not.toHaveBeenCalled() // the same word: no rescan
    expect(byTestId('keywords-delete')).toBeNull() // back to adding
  })
})
