// The dashboard's plan card: the period's counts, the 7-2-1 shares against
// their targets, and the marketing warning only when the backend raises it.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import PlanCard from './PlanCard.vue'
import type { DashboardPlan } from '../../api/dashboard'
import { loadLanguage } from '../../i18n'

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
  afterEach(() => wrapper?.unmount())

  it('shows the counts, the shares against 70/20/10 and the warning', () => {
    wrapper = mount(PlanCard, { props: { plan }, attachTo: document.body })
    expect(text('dashboard-plan-items')).toBe('5')
    expect(text('dashboard-plan-today')).toBe('2')
    expect(text('dashboard-plan-violations')).toBe('3')
    expect(text('dashboard-plan-mix-useful')).toContain('60% of 70% · 3')
    expect(text('dashboard-plan-mix-emotional')).toContain('20% of 20% · 1')
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
