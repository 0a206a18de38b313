// A keyword hit logged as a violation from the keyword screen, over mocked
// bindings: the dialog names the sender, guesses the rule from the hit's
// category, takes the message as the note, and logs the violation linked
// to the hit; the row then shows the violation.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { h, KeepAlive, ref } from 'vue'
import KeywordsView from './KeywordsView.vue'
import { setupFeedback } from '../feedback'
import { loadLanguage } from '../i18n'

vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: () => () => {} }))
const api = vi.hoisted(() => ({
  Words: vi.fn(), Hits: vi.fn(), StartScan: vi.fn(), CancelScan: vi.fn(), SetHitState: vi.fn(),
}))
vi.mock('../../wailsjs/go/app/KeywordsAPI', () => api)
const planner = vi.hoisted(() => ({ Rules: vi.fn(), Propose: vi.fn(), LogViolation: vi.fn() }))
vi.mock('../../wailsjs/go/app/PlannerAPI', () => planner)
vi.mock('../../wailsjs/go/app/GroupsAPI', () => ({
  List: async () => [{ id: 4, name: '粉丝群' }],
  Options: async () => ({ platforms: [], purposes: [], capacityPresets: [] }),
}))

const word = { id: 1, text: '全网第一', category: 'adlaw', severity: 3, level: 'act', note: '' }
const hit = (violation: number, state: string) => ({
  eventId: 9, word, at: '2024-05-01T10:00:00', groupId: 4, group: '粉丝群', memberId: 7, nickname: '小红',
  before: '这款是', match: '全网第一', after: '的面霜', text: '这款是全网第一的面霜', state, suggest: 'handled', violation,
})
const page = (h: object) => ({ hits: [h], total: 1, counts: { 1: 1 }, categories: { adlaw: 1 }, all: 1, stale: false })

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
let wrapper: VueWrapper | undefined

describe('a keyword hit logged as a violation', () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({ 'ui.alerts.logged_link': 'Violation #{ID}' }))
  })
  beforeEach(() => {
    setActivePinia(createPinia())
    ;[...Object.values(api), ...Object.values(planner)].forEach((f) => f.mockReset())
    api.Words.mockResolvedValue([word])
    api.Hits.mockResolvedValueOnce(page(hit(0, 'pending'))).mockResolvedValue(page(hit(31, 'handled')))
    planner.Rules.mockResolvedValue(['Be kind', 'No ads'])
    planner.Propose.mockResolvedValue({ step: 0, action: 'warning', minutes: 0, before: 0, message: '' })
    planner.LogViolation.mockResolvedValue({ violation: { id: 31 }, proposal: { step: 0, action: 'warning', minutes: 0, before: 0, message: '@小红 No ads' } })
  })
  afterEach(() => wrapper?.unmount())

  it('opens prefilled, logs it linked to the hit and shows the link', async () => {
    wrapper = mount({ render: () => h(KeepAlive, null, [h(KeywordsView)]) }, { attachTo: document.body })
    await flushPromises()
    byTestId('hit-log-violation')!.click()
    await flushPromises()
    expect(planner.Rules).toHaveBeenCalledWith(4)
    expect(byTestId('hit-violation-member')?.textContent).toContain('小红')
    expect(byTestId('hit-violation-rule')?.textContent).toContain('No ads')
    expect((byTestId('hit-violation-what') as HTMLTextAreaElement).value).toBe('这款是全网第一的面霜')
    expect(planner.Propose).toHaveBeenCalledWith(4, 7, 'No ads')

    byTestId('hit-violation-save')!.click()
    await flushPromises()
    expect(planner.LogViolation).toHaveBeenCalledWith(expect.objectContaining({
      groupId: 4, memberId: 7, rule: 'No ads', what: '这款是全网第一的面霜', step: 0, hitEventId: 9, hitWordId: 1 }))
    expect(byTestId('hit-violation-message')?.textContent).toBe('@小红 No ads')
    expect(byTestId('hit-violation-link')?.textContent).toBe('Violation #31')
    expect(document.querySelector('[data-testid="hit-row"]')?.getAttribute('data-state')).toBe('handled')
  })
})
