// The planner's lines on the Settings screen: shown as the backend holds
// them, saved through the binding, and the backend's field errors under
// their fields.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ref } from 'vue'
import PlanLinesCard from './PlanLinesCard.vue'
import { setupFeedback } from '../../feedback'
import { loadLanguage } from '../../i18n'

const plan = {
  useful: 70, emotional: 20, marketing: 10, marketingWarn: 15, kindWindow: { preview: 'lunch' },
  windows: [{ key: 'news', from: 420, to: 510 }, { key: 'lunch', from: 720, to: 810 }, { key: 'evening', from: 1140, to: 1260 }],
}
const lines = { messagesPer100: 20, reach: 0.65, participation: 0.3, silentShare: 0.4, silentDays: 3, plan, spokenKinds: ['message'] }
const binding = vi.hoisted(() => ({ Thresholds: vi.fn(), SavePlanLines: vi.fn() }))
vi.mock('../../../wailsjs/go/app/SettingsAPI', () => binding)

let wrapper: VueWrapper | undefined
const byTestId = <T extends Element>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`)

async function type(id: string, value: string) {
  const input = byTestId<HTMLInputElement>(id)!
  input.value = value
  input.dispatchEvent(new Event('input'))
  input.dispatchEvent(new Event('blur'))
  await flushPromises()
}

describe('PlanLinesCard', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({ 'err.planner.lines.mix': 'Adds up to {Sum} %' }))
  })
  beforeEach(() => {
    setActivePinia(createPinia())
    binding.Thresholds.mockReset().mockResolvedValue(structuredClone(lines))
    binding.SavePlanLines.mockReset()
  })
  afterEach(() => wrapper?.unmount())

  it('shows the saved lines and saves a change through the backend', async () => {
    wrapper = mount(PlanLinesCard, { attachTo: document.body })
    await flushPromises()
    expect(byTestId<HTMLInputElement>('settings-plan-useful')!.value).toBe('70')
    expect(byTestId<HTMLInputElement>('settings-plan-marketingWarn')!.value).toBe('15')
    await type('settings-plan-useful', '60')
    await type('settings-plan-marketing', '20')
    const saved = { ...plan, useful: 60, marketing: 20 }
    binding.SavePlanLines.mockResolvedValue({ ...lines, plan: saved })
    byTestId<HTMLButtonElement>('settings-plan-save')!.click()
    await flushPromises()
    expect(binding.SavePlanLines).toHaveBeenCalledWith(expect.objectContaining({ useful: 60, emotional: 20, marketing: 20,
      marketingWarn: 15, kindWindow: { preview: 'lunch' } }))
  })

  it('puts the backend field errors under their fields', async () => {
    wrapper = mount(PlanLinesCard, { attachTo: document.body })
    await flushPromises()
    binding.SavePlanLines.mockRejectedValue(new Error(JSON.stringify({
      code: 'invalid', key: 'err.invalid_input', message: 'x',
      fields: { mix: { key: 'err.planner.lines.mix', params: { Sum: 110 } } },
    })))
    byTestId<HTMLButtonElement>('settings-plan-save')!.click()
    await flushPromises()
    expect(byTestId('field-error-marketing')?.textContent).toBe('Adds up to 110 %')
  })
})
