// The tier settings form: every threshold from the backend, a preview of the
// counts before saving, the backend's field errors under their fields, save
// and the defaults.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ref } from 'vue'
import TiersCard from './TiersCard.vue'
import { TIER_FIELDS } from '../../domain/tiers/tierFields'
import { setupFeedback } from '../../feedback'
import { loadLanguage } from '../../i18n'

const defaults = {
  WindowDays: 90, WeightPost: 3, WeightTip: 0.1, WeightShare: 2, WeightPurchase: 5, CoreMin: 12, ActiveMin: 9,
  LurkerMin: 5, DormantDays: 30, ObservingPerWeek: 2, GrowingPerDay: 3, MaturePerDay: 5, DeclineRatio: 0.4,
  DeclineMinPerDay: 1, DemoteAfterDays: 7, SlippingDays: 14, NewDays: 30, KOCMinStarts: 5, KOCMinReplies: 20,
  CreatorMinPosts: 3, HealthyMessagesPer100: 20, HealthyParticipationPct: 30, SilentAlertPct: 40, SilentDays: 3,
  HealthyReachPct: 65,
}
const counts = { core: 2, active: 3, lurker: 4, dormant: 1, invalid: 0 }

const binding = vi.hoisted(() => ({
  TierSettings: vi.fn(), DefaultTierSettings: vi.fn(), PreviewTiers: vi.fn(), SaveTierSettings: vi.fn(),
  StartRecompute: vi.fn(), CancelRecompute: vi.fn(),
}))
vi.mock('../../../wailsjs/go/app/ActivityAPI', () => binding)
// The re-scoring job's events: the test emits them by name.
const events = vi.hoisted(() => ({ handlers: {} as Record<string, (p: unknown) => void> }))
vi.mock('../../../wailsjs/runtime/runtime', () => ({
  EventsOn: (name: string, fn: (p: unknown) => void) => {
    events.handlers[name] = fn
    return () => { delete events.handlers[name] }
  },
}))

let wrapper: VueWrapper | undefined
const byTestId = <T extends Element>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`)
const count = (tier: string) => byTestId(`tiers-count-${tier}`)?.textContent

async function type(id: string, value: string) {
  const input = byTestId<HTMLInputElement>(id)!
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

async function click(id: string) {
  byTestId<HTMLButtonElement>(id)!.click()
  await flushPromises()
}

describe('TiersCard', () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({
      'err.field.range': 'Must be between {Min} and {Max}.',
      'err.field.required': 'Required.',
    }))
  })
  beforeEach(async () => {
    setActivePinia(createPinia())
    Object.values(binding).forEach((f) => f.mockReset())
    binding.TierSettings.mockResolvedValue({ ...defaults, DormantDays: 45 })
    binding.DefaultTierSettings.mockResolvedValue({ ...defaults })
    binding.PreviewTiers.mockResolvedValue(counts)
    wrapper = mount(TiersCard, { attachTo: document.body })
    await flushPromises()
  })
  afterEach(() => wrapper?.unmount())

  it('shows every threshold and the members per tier now, with nothing to save', () => {
    for (const f of TIER_FIELDS) expect(byTestId(`tiers-${f.field}`), f.field).not.toBeNull()
    expect(byTestId<HTMLInputElement>('tiers-dormantDays')!.value).toBe('45')
    expect(binding.PreviewTiers).toHaveBeenCalledWith(expect.objectContaining({ DormantDays: 45 }))
    expect(count('core')).toBe('2')
    expect(byTestId('tiers-counts')!.getAttribute('data-kind')).toBe('now')
    expect(byTestId<HTMLButtonElement>('tiers-save')!.disabled).toBe(true)
  })

  it('previews the edited values without saving them', async () => {
    binding.PreviewTiers.mockResolvedValue({ ...counts, dormant: 6, core: 0 })
    await type('tiers-dormantDays', '7')
    await click('tiers-preview')
    expect(binding.PreviewTiers).toHaveBeenLastCalledWith(expect.objectContaining({ DormantDays: 7, CoreMin: 12 }))
    expect(binding.SaveTierSettings).not.toHaveBeenCalled()
    expect(count('dormant')).toBe('6')
    expect(byTestId('tiers-counts')!.getAttribute('data-kind')).toBe('preview')
  })

  it('puts the backend field errors under their fields, and editing clears them', async () => {
    binding.SaveTierSettings.mockRejectedValue(new Error(JSON.stringify({
      code: 'invalid', key: 'err.invalid_input', message: 'x',
      fields: { dormantDays: { key: 'err.field.range', params: { Min: 7, Max: 365 } } },
    })))
    await type('tiers-dormantDays', '3')
    await click('tiers-save')
    expect(byTestId('field-error-dormantDays')?.textContent).toBe('Must be between 7 and 365.')
    await type('tiers-dormantDays', '8')
    expect(byTestId('field-error-dormantDays')).toBeNull()
  })

  it('asks for an emptied field without a round trip', async () => {
    await type('tiers-coreMin', '')
    await click('tiers-preview')
    expect(byTestId('field-error-coreMin')?.textContent).toBe('Required.')
    expect(binding.PreviewTiers).toHaveBeenCalledTimes(1) // the first count only
  })

  it('saves, shows the new counts, then fills in the defaults to save again', async () => {
    binding.SaveTierSettings.mockResolvedValue({ tiers: { ...counts, lurker: 9 }, stages: {} })
    await type('tiers-slippingDays', '21')
    await click('tiers-save')
    expect(binding.SaveTierSettings).toHaveBeenCalledWith(expect.objectContaining({ SlippingDays: 21, DormantDays: 45 }))
    expect(count('lurker')).toBe('9')
    expect(byTestId('tiers-counts')!.getAttribute('data-kind')).toBe('saved')
    expect(byTestId<HTMLButtonElement>('tiers-save')!.disabled).toBe(true)

    await click('tiers-reset')
    expect(byTestId<HTMLInputElement>('tiers-dormantDays')!.value).toBe('30')
    expect(byTestId<HTMLInputElement>('tiers-slippingDays')!.value).toBe('14')
    expect(byTestId<HTMLButtonElement>('tiers-save')!.disabled).toBe(false)
  })

  it('recomputes on demand, with progress', async () => {
    binding.StartRecompute.mockResolvedValue('1')
    await click('tiers-recompute')
    expect(binding.StartRecompute).toHaveBeenCalled()
    events.handlers['tiers:progress']({ jobId: '1', done: 600, total: 1000 })
    await flushPromises()
    expect(byTestId('tiers-rescoring')!.textContent).toContain('60')
    events.handlers['tiers:done']({ jobId: '1', summary: { tiers: { ...counts, active: 7 }, stages: {} } })
    await flushPromises()
    expect(count('active')).toBe('7')
    expect(byTestId('tiers-rescoring')).toBeNull()
  })

  it('cancels a running re-scoring', async () => {
    binding.StartRecompute.mockResolvedValue('2')
    await click('tiers-recompute')
    await click('tiers-recompute-cancel')
    expect(binding.CancelRecompute).toHaveBeenCalledWith('2')
    events.handlers['tiers:failed']({ jobId: '2', error: JSON.stringify({ code: 'cancelled', key: 'err.cancelled', message: 'Cancelled.' }) })
    await flushPromises()
    expect(byTestId('tiers-rescoring')).toBeNull()
    expect(count('active')).toBe('3')
  })
})
