// The drawer's tier section: the backend's sentences and the member's latest
// interactions as plain text, the lists it is on, and a hint without activity.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, ref } from 'vue'
import MemberStanding from './MemberStanding.vue'
import { setupFeedback } from '../../feedback'
import { loadLanguage } from '../../i18n'

const binding = vi.hoisted(() => ({ Timeline: vi.fn() }))
vi.mock('../../../wailsjs/go/app/ActivityAPI', () => binding)
vi.mock('./TimelineChart.vue', () => ({
  __esModule: true,
  default: defineComponent({ props: { days: { type: Array, required: true } }, setup: (p) => () => h('figure', { 'data-testid': 'chart' }, String(p.days.length)) }),
}))

const standing = {
  tier: 'core', stage: 'growing', role: 'creator', r: 5, f: 4, m: 2, recency: 1, frequency: 120, monetary: 45,
  lastAt: '', slipping: false, promising: true, koc: true, tierRule: 'Score 11 <b>core</b>', stageRule: 'Growing fast',
}

let wrapper: VueWrapper | undefined
const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`)

async function show(s: typeof standing | null) {
  wrapper = mount(MemberStanding, { props: { memberId: 7, standing: s }, attachTo: document.body })
  await flushPromises()
  await new Promise((r) => setTimeout(r, 0))
  await flushPromises()
}

describe('MemberStanding', () => {
  beforeAll(async () => {
    setActivePinia(createPinia())
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({
      'ui.tiers.tier.core': 'Core', 'ui.tiers.flag.koc': 'KOC candidate', 'ui.tiers.flag.promising': 'New and promising',
      'ui.tiers.no_activity': 'No activity yet.',
    }))
  })
  afterEach(() => {
    wrapper?.unmount()
    binding.Timeline.mockReset()
  })

  it('explains the tier and stage, scores R, F and M, and lists the flags', async () => {
    binding.Timeline.mockResolvedValue({ days: [], recent: [] })
    await show(standing)
    expect(byTestId('member-tier')?.textContent).toBe('Core')
    expect(byTestId('member-tier-rule')?.textContent).toBe('Score 11 <b>core</b>')
    expect(document.querySelector('[data-testid="member-tier-rule"] b')).toBeNull()
    expect(byTestId('member-stage-rule')?.textContent).toBe('Growing fast')
    expect(byTestId('member-rfm-r')?.querySelectorAll('i.on')).toHaveLength(5)
    expect(byTestId('member-rfm-m')?.querySelectorAll('i.on')).toHaveLength(2)
    expect(byTestId('member-flag-koc')?.textContent).toContain('KOC candidate')
    expect(byTestId('member-flag-promising')).not.toBeNull()
    expect(byTestId('member-flag-slipping')).toBeNull()
  })

  it('draws 90 days and lists the latest interactions as text', async () => {
    binding.Timeline.mockResolvedValue({
      days: [{ date: '2025-01-01', count: 3 }],
      recent: [{ at: '2025-03-01T10:00:00', kind: 'message', label: 'Message', text: '<img src=x onerror=alert(1)>', value: 0, chat: 'g' }],
    })
    await show(standing)
    expect(binding.Timeline).toHaveBeenCalledWith(7)
    expect(byTestId('chart')?.textContent).toBe('90')
    const recent = byTestId('member-recent')!
    expect(recent.textContent).toContain('<img src=x onerror=alert(1)>')
    expect(recent.querySelector('img')).toBeNull()
  })

  it('asks for a chat export when there is no activity', async () => {
    await show(null)
    expect(byTestId('member-no-activity')?.textContent).toContain('No activity yet.')
    expect(byTestId('member-rfm')).toBeNull()
    expect(binding.Timeline).not.toHaveBeenCalled()
  })
})
