// The contact rhythm panel: each tier with its status, the week's count and
// the guidance; a warning for each tier without an item; the settings
// saved through the backend, then the week read again.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ref } from 'vue'
import RhythmPanel from './RhythmPanel.vue'
import { setupFeedback } from '../../feedback'
import { loadLanguage } from '../../i18n'
import type { Rhythm } from '../../api/planner'

const api = vi.hoisted(() => ({ Rhythm: vi.fn(), RhythmSettings: vi.fn(), SaveRhythmSettings: vi.fn() }))
vi.mock('../../../wailsjs/go/app/PlannerAPI', () => api)

const week: Rhythm = {
  start: '2026-11-30', segments: 1, whole: 4, tiers: [
    { tier: 'core', per: 'day', min: 3, max: 5, perDay: [3, 3, 2, 3, 3, 3, 3], total: 20, status: 'low' },
    { tier: 'active', per: 'day', min: 1, max: 2, perDay: [0, 0, 0, 0, 0, 0, 0], total: 0, status: 'none' },
    { tier: 'lurker', per: 'week', min: 1, max: 2, perDay: [0, 0, 1, 0, 0, 0, 0], total: 1, status: 'ok' },
    { tier: 'dormant', per: 'week', min: 0, max: 0, perDay: [0, 0, 0, 0, 0, 0, 0], total: 0, status: 'none' },
  ],
}
const defaults = { coreMinPerDay: 3, coreMaxPerDay: 5, activeMinPerDay: 1, activeMaxPerDay: 2, lurkerMinPerWeek: 1, lurkerMaxPerWeek: 2 }

let wrapper: VueWrapper | undefined
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)

describe('RhythmPanel', () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({
      'ui.tiers.tier.core': 'Core', 'ui.tiers.tier.active': 'Active', 'ui.tiers.tier.lurker': 'Lurker', 'ui.tiers.tier.dormant': 'Dormant',
      'ui.rhythms.status.low': 'Too few', 'ui.rhythms.status.ok': 'On track', 'ui.rhythms.status.none': 'None',
      'ui.rhythms.panel.total': '{Count} this week', 'ui.rhythms.panel.guidance_day': 'Aim for {Min}–{Max} a day',
      'ui.rhythms.panel.guidance_week': 'Aim for {Min}–{Max} a week', 'ui.rhythms.panel.guidance_none': 'No set rhythm',
      'ui.rhythms.panel.warn_none': 'No item for “{Tier}” this week', 'ui.rhythms.panel.hint': '{Whole} whole, {Segments} segments',
      'ui.rhythms.settings.saved': 'Rhythm settings saved',
    }))
  })
  beforeEach(async () => {
    setActivePinia(createPinia())
    Object.values(api).forEach((f) => f.mockReset())
    wrapper = mount(RhythmPanel, { props: { rhythm: week }, attachTo: document.body })
    await flushPromises()
  })
  afterEach(() => wrapper?.unmount())

  it('shows each tier against its guidance and warns for the tiers without an item', () => {
    expect(byTestId('rhythm-core')!.textContent).toContain('Core')
    expect(byTestId('rhythm-status-core')!.textContent).toBe('Too few')
    expect(byTestId('rhythm-core')!.textContent).toContain('20 this week')
    expect(byTestId('rhythm-core')!.textContent).toContain('Aim for 3–5 a day')
    expect(byTestId('rhythm-lurker')!.textContent).toContain('Aim for 1–2 a week')
    expect(byTestId('rhythm-dormant')!.textContent).toContain('No set rhythm')
    expect(byTestId('rhythm-core')!.querySelectorAll('.day.low')).toHaveLength(1) // Wednesday's 2
    expect(byTestId('rhythm-warn-active')!.textContent).toContain('No item for “Active” this week')
    expect(byTestId('rhythm-warn-dormant')).not.toBeNull()
    expect(byTestId('rhythm-warn-core')).toBeNull()
    expect(document.body.textContent).toContain('4 whole, 1 segments')
  })

  it('saves the thresholds and reads the week again', async () => {
    api.RhythmSettings.mockResolvedValue(defaults)
    api.SaveRhythmSettings.mockImplementation(async (s) => s)
    api.Rhythm.mockResolvedValue(week)
    byTestId('rhythm-settings')!.click()
    await flushPromises()
    byTestId('rhythm-settings-save')!.click()
    await flushPromises()
    expect(api.SaveRhythmSettings).toHaveBeenCalledWith(defaults)
    expect(api.Rhythm).toHaveBeenCalledWith('2026-11-30', 0)
    expect(document.body.textContent).toContain('Rhythm settings saved')
  })
})
