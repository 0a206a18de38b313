// The dashboard's plan card: the period's counts, the 7-2-1 shares against
// their targets (the backend's settings, read through the thresholds store),
// and the marketing warning only when the backend raises it.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import PlanCard from './PlanCard.vue'
import type { DashboardPlan } from '../../api/dashboard'
import { loadLanguage } from '../../i18n'

// Settings other than the seeds' defaults: the card shows what the backend holds.
vi.mock('../../../wailsjs/go/app/SettingsAPI', () => ({
  Thresholds: async () => ({ messagesPer100: 20, reach: 0.65, participation: 0.3, silentShare: 0.4, silentDays: 3,
    plan: { useful: 60, emotional: 30, marketing: 10, marketingWarn: 15, windows: [], kindWindow: {} }, spokenKinds: [] }),
}))

const plan: DashboardPlan = {
  items: 5, done: 2, useful: 3, emotional: 1, marketing: 1, marketingWarn: true, marketingWarnAt: 15, today: 2, todayDone: 1,
  violations: 3, removals: 1,
}
let wrapper: VueWrapper | undefined
const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim()

describe('PlanCard', () => {
  beforeAll(async () => {
    await loadLanguage('en', async () => ({
      'ui.dashboard.plan.share': '{Share} of {Target} · {Count}',
      'ui.dashboard.plan.warn': 'Marketing {Share} above {Max}',
      'ui.dashboard.plan.done': '{Count} done',
    }))
  })
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => wrapper?.unmount())

  it('shows the counts, the shares against the targets in the settings and the warning', async () => {
    wrapper = mount(PlanCard, { props: { plan }, attachTo: document.body })
    await flushPromises()
    expect(text('dashboard-plan-items')).toBe('5')
    expect(text('dashboard-plan-today')).toBe('2')
    expect(text('dashboard-plan-violations')).toBe('3')
    expect(text('dashboard-plan-mix-useful')).toContain('60% of 60% · 3')
    expect(text('dashboard-plan-mix-emotional')).toContain('20% of 30% · 1')
    expect(text('dashboard-plan-mix-marketing')).toContain('20% of 10% · 1')
    expect(text('dashboard-plan-warn')).toBe('Marketing 20% above 15%')
  })

  it('says nothing is planned, and warns of nothing, on an empty period', () => {
    const empty = { ...plan, items: 0, done: 0, useful: 0, emotional: 0, marketing: 0, marketingWarn: false }
    wrapper = mount(PlanCard, { props: { plan: empty }, attachTo: document.body })
    expect(document.querySelector('[data-testid="dashboard-plan-none"]')).not.toBeNull()
    expect(document.querySelector('[data-testid="dashboard-plan-mix"]')).toBeNull()
    expect(document.querySelector('[data-testid="dashboard-plan-warn"]')).toBeNull()
    expect(text('dashboard-plan-violations')).toBe('3')
  })
})
