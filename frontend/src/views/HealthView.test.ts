// The health screen over mocked bindings: the KPIs are judged against the
// thresholds the backend sends, a silent group gets a care message to copy,
// another group or period is fetched, and without any chat export the user
// is sent to the Activity screen.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { h, KeepAlive, ref } from 'vue'
import HealthView from './HealthView.vue'
import { setupFeedback } from '../feedback'
import { loadLanguage } from '../i18n'
import { useHealthStore } from '../stores/health'
import { useMembersStore } from '../stores/members'

const runtime = vi.hoisted(() => ({ EventsOn: vi.fn(() => () => {}), ClipboardSetText: vi.fn() }))
vi.mock('../../wailsjs/runtime/runtime', () => runtime)
const activity = vi.hoisted(() => ({ Health: vi.fn() }))
vi.mock('../../wailsjs/go/app/ActivityAPI', () => activity)
vi.mock('../../wailsjs/go/app/GroupsAPI', () => ({
  List: async (archived: boolean) => (archived ? [] : [{ id: 3, name: '粉丝群', capacity: 500, platform: 'whatsapp' }]),
  Options: async () => ({ platforms: ['whatsapp'], purposes: ['core'], capacityPresets: [200, 500] }),
}))
vi.mock('../../wailsjs/go/app/MembersAPI', () => ({ Count: async () => 0, List: async () => [] }))
// The charts draw on a canvas happy-dom does not have; the browser tests check them.
vi.mock('../components/health/HealthCharts.vue', () => ({ __esModule: true, default: { render: () => h('div', { 'data-testid': 'charts' }) } }))

const thresholds = { messagesPer100: 20, reach: 0.65, participation: 0.3, silentShare: 0.4, silentDays: 3 }
const quiet = {
  members: 10, messages: 7, days: 7, messagesPer100: 10, speakers: 2, participation: 0.2, reached: 4, reach: 0.4,
  silent: 6, silentShare: 0.6, silentAlert: true, recorded: true, anyRecorded: true, tiers: { core: 1, lurker: 3, dormant: 6 }, heatmap: null, perDay: null, thresholds,
}
const lively = { ...quiet, messagesPer100: 35, participation: 0.8, speakers: 8, silent: 1, silentShare: 0.1, silentAlert: false }

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
const text = (id: string) => byTestId(id)?.textContent?.trim()
let wrapper: VueWrapper | undefined

async function mountView() {
  wrapper = mount({ render: () => h(KeepAlive, null, [h(HealthView)]) }, { attachTo: document.body })
  await flushPromises()
}

describe('HealthView', () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({
      'ui.health.care.draft': 'We miss you!', 'ui.health.todo.silent': 'Send the care message.',
      'ui.health.status.ok': 'Healthy', 'ui.health.status.bad': 'Needs work', 'ui.health.subtitle': '{Group} · {From} to {To}',
    }))
  })
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(activity).forEach((f) => f.mockReset())
    runtime.ClipboardSetText.mockReset()
  })
  afterEach(() => wrapper?.unmount())

  it('judges a quiet group red and offers a care message to copy', async () => {
    activity.Health.mockResolvedValue(structuredClone(quiet))
    await mountView()
    expect(activity.Health).toHaveBeenCalledWith(0, expect.stringMatching(/^\d{4}-\d\d-\d\d$/), expect.any(String))
    expect(byTestId('health-kpi-messages')!.dataset.status).toBe('bad')
    expect(byTestId('health-kpi-participation')!.dataset.status).toBe('bad')
    expect(byTestId('health-kpi-silent')!.dataset.status).toBe('bad')
    expect(text('health-kpi-silent-value')).toBe('60%')
    expect(text('health-kpi-silent-note')).toBe('Send the care message.')
    expect(text('health-kpi-members-value')).toBe('10')
    expect(byTestId('charts')).not.toBeNull()

    expect(byTestId('health-silent-alert')).not.toBeNull()
    const draft = document.querySelector<HTMLTextAreaElement>('[data-testid="health-care-message"] textarea')!
    expect(draft.value).toBe('We miss you!')
    ;(window as unknown as { runtime: unknown }).runtime = {}
    runtime.ClipboardSetText.mockResolvedValue(true)
    byTestId('health-care-copy')!.click()
    await flushPromises()
    expect(runtime.ClipboardSetText).toHaveBeenCalledWith('We miss you!')
  })

  it('fetches another group and period, and judges a lively one green', async () => {
    activity.Health.mockResolvedValue(structuredClone(quiet))
    await mountView()
    activity.Health.mockResolvedValue(structuredClone(lively))
    useHealthStore().show({ groupId: 3, period: { from: '2025-01-01', to: '2025-01-07' } })
    await flushPromises()
    expect(activity.Health).toHaveBeenLastCalledWith(3, '2025-01-01', '2025-01-07')
    expect(text('health-subtitle')).toBe('粉丝群 · 2025-01-01 to 2025-01-07')
    for (const k of ['messages', 'participation', 'silent']) expect(byTestId(`health-kpi-${k}`)!.dataset.status).toBe('ok')
    expect(byTestId('health-silent-alert')).toBeNull()
  })

  it('leads to the group\'s quiet members on the Members screen', async () => {
    activity.Health.mockResolvedValue(structuredClone(quiet))
    await mountView()
    useHealthStore().show({ groupId: 3 })
    await flushPromises()
    location.hash = '#health'
    byTestId('health-care-quiet')!.click()
    await flushPromises()
    expect(useMembersStore().filter).toMatchObject({ groupId: 3, tiers: ['lurker', 'dormant', 'invalid'], trash: false })
    expect(location.hash).toBe('#members')
  })

  it('sends the user to import a chat export when no chat of any group is on record', async () => {
    activity.Health.mockResolvedValue({ ...structuredClone(quiet), messages: 0, silentAlert: false, recorded: false,
      anyRecorded: false })
    await mountView()
    expect(byTestId('health-empty')).not.toBeNull()
    expect(byTestId('health-empty-activity')!.getAttribute('href')).toBe('#activity')
    expect(byTestId('health-kpis')).toBeNull()
  })
})
