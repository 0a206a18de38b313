// The dashboard over mocked bindings: the KPI cards are judged against the
// lines the backend sends and say what to do when red, the recent votes and
// draws are listed (names as text), another group or period is fetched, the
// latest request wins, and a failure is shown in words.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { h, KeepAlive, ref } from 'vue'
import DashboardView from './DashboardView.vue'
import { setupFeedback } from '../feedback'
import { loadLanguage } from '../i18n'
import { useDashboardStore } from '../stores/dashboard'

const runtime = vi.hoisted(() => ({ EventsOn: vi.fn(() => () => {}), ClipboardSetText: vi.fn() }))
vi.mock('../../wailsjs/runtime/runtime', () => runtime)
const api = vi.hoisted(() => ({ Get: vi.fn() }))
vi.mock('../../wailsjs/go/app/DashboardAPI', () => api)
vi.mock('../../wailsjs/go/app/GroupsAPI', () => ({
  List: async (archived: boolean) => (archived ? [] : [{ id: 3, name: '粉丝群', capacity: 500, platform: 'whatsapp' }]),
  Options: async () => ({ platforms: ['whatsapp'], purposes: ['core'], capacityPresets: [200, 500] }),
}))
vi.mock('../../wailsjs/go/app/MembersAPI', () => ({ Count: async () => 0, List: async () => [] }))
// The charts draw on a canvas happy-dom does not have; the browser test checks them.
vi.mock('../components/dashboard/DashboardCharts.vue', () => ({ __esModule: true, default: { render: () => h('div', { 'data-testid': 'charts' }) } }))

const thresholds = { messagesPer100: 20, reach: 0.65, participation: 0.3, silentShare: 0.4, silentDays: 3 }
const quiet = {
  members: 10, membersBefore: 8, joins: 3, leaves: 1, messages: 7, events: 9, days: 7, speakers: 2, reached: 4,
  silent: 6, messagesPer100: 10, reach: 0.4, participation: 0.2, silentShare: 0.6, silentAlert: true, recorded: true, thresholds,
  tiers: { core: 1, lurker: 3, dormant: 6 }, perDay: null, funnel: { invited: 5, copied: 4, sent: 4, joined: 2, active: 1, core: 0 },
  polls: [{ id: 1, question: '<b>下周选题</b>', status: 'open', voters: 12, createdAt: '2026-03-01T10:00:00Z' }],
  draws: null,
}
const lively = { ...quiet, messagesPer100: 35, reach: 0.9, participation: 0.8, speakers: 8, reached: 9, silent: 1,
  silentShare: 0.1, silentAlert: false }

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
const text = (id: string) => byTestId(id)?.textContent?.trim()
let wrapper: VueWrapper | undefined

async function mountView() {
  wrapper = mount({ render: () => h(KeepAlive, null, [h(DashboardView)]) }, { attachTo: document.body })
  await flushPromises()
}

describe('DashboardView', () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({
      'ui.dashboard.todo.reach': 'Pin the plan.', 'ui.dashboard.todo.silent': 'Send the care message.',
      'ui.dashboard.note.members': '{Joins} joined, {Leaves} left: {Change} ({Share}).',
      'ui.dashboard.subtitle': '{Group} · {From} to {To}', 'ui.dashboard.hint.reach': '{Reached} reached.',
      'ui.dashboard.recent.poll_status.open': 'Open',
    }))
  })
  beforeEach(() => {
    setActivePinia(createPinia())
    api.Get.mockReset()
  })
  afterEach(() => wrapper?.unmount())

  it('judges a quiet group red, says what to do, and lists the recent votes as text', async () => {
    api.Get.mockResolvedValue(structuredClone(quiet))
    await mountView()
    expect(api.Get).toHaveBeenCalledWith(0, expect.stringMatching(/^\d{4}-\d\d-\d\d$/), expect.any(String))
    for (const k of ['messages', 'reach', 'participation', 'silent']) {
      expect(byTestId(`dashboard-kpi-${k}`)!.dataset.status).toBe('bad')
    }
    expect(text('dashboard-kpi-reach-value')).toBe('40%')
    expect(text('dashboard-kpi-reach-note')).toBe('Pin the plan.')
    expect(text('dashboard-kpi-silent-note')).toBe('Send the care message.')
    expect(text('dashboard-kpi-members-value')).toBe('10')
    expect(text('dashboard-kpi-members-note')).toBe('3 joined, 1 left: +2 (25%).')
    expect(byTestId('health-silent-alert')).not.toBeNull()
    expect(byTestId('charts')).not.toBeNull()
    const poll = byTestId('dashboard-poll')!
    expect(poll.textContent).toContain('<b>下周选题</b>') // shown as text, never as HTML
    expect(poll.querySelector('b')).toBeNull()
    expect(poll.querySelector('a')!.getAttribute('href')).toBe('#polls')
    expect(byTestId('dashboard-draw')).toBeNull()
  })

  it('fetches another group and period, and judges a lively one green', async () => {
    api.Get.mockResolvedValue(structuredClone(quiet))
    await mountView()
    api.Get.mockResolvedValue(structuredClone(lively))
    useDashboardStore().show({ groupId: 3, period: { from: '2025-01-01', to: '2025-01-07' } })
    await flushPromises()
    expect(api.Get).toHaveBeenLastCalledWith(3, '2025-01-01', '2025-01-07')
    expect(text('dashboard-subtitle')).toBe('粉丝群 · 2025-01-01 to 2025-01-07')
    for (const k of ['messages', 'reach', 'participation', 'silent']) {
      expect(byTestId(`dashboard-kpi-${k}`)!.dataset.status).toBe('ok')
    }
    expect(text('dashboard-kpi-reach-note')).toBe('9 reached.')
    expect(byTestId('health-silent-alert')).toBeNull()
  })

  it('keeps the latest answer when an older one comes back late', async () => {
    api.Get.mockResolvedValue(structuredClone(quiet))
    await mountView()
    let slow: (v: unknown) => void = () => {}
    api.Get.mockImplementationOnce(() => new Promise((r) => { slow = r }))
    api.Get.mockResolvedValueOnce(structuredClone(lively))
    const store = useDashboardStore()
    store.show({ groupId: 3 })
    await flushPromises()
    store.show({ period: { from: '2025-02-01', to: '2025-02-07' } })
    await flushPromises()
    slow(structuredClone(quiet))
    await flushPromises()
    expect(store.data?.reach).toBe(0.9)
    expect(byTestId('dashboard-kpi-reach')!.dataset.status).toBe('ok')
  })

  it('shows a failure in words', async () => {
    api.Get.mockRejectedValue({ code: 'invalid', key: 'err.dashboard.period', params: {}, message: 'Choose a period.' })
    await mountView()
    expect(byTestId('dashboard-error')).not.toBeNull()
    expect(byTestId('dashboard-kpis')).toBeNull()
  })
})
