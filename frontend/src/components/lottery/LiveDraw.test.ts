// The live-draw screen: with reduced motion every winner is there at once;
// with motion, names roll and each winner settles after the roll, in draw
// order; Escape closes it.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { loadLanguage } from '../../i18n'
import LiveDraw from './LiveDraw.vue'

vi.mock('../../../wailsjs/go/app/LotteryAPI', () => ({ Names: async () => ['阿花', '小红', 'Tom', '李雷'] }))

const pick = (order: number, position: number, name: string, tier: number) => ({ order, step: order - 1, position, name, tier })
const draw = {
  id: 1, title: '周年抽奖', listSha256: 'ab'.repeat(32), key: '0.4.7./', tiers: [{ name: '一等奖', count: 1 }, { name: '二等奖', count: 1 }],
  winners: [pick(1, 3, 'Tom', 0), pick(2, 1, '阿花', 1)], alternatesDrawn: [], replacements: [],
}

function motion(reduce: boolean) {
  window.matchMedia = vi.fn().mockImplementation((q: string) => ({ matches: reduce && q.includes('reduce'), media: q, addEventListener() {}, removeEventListener() {} }))
}

const settled = () => [...document.querySelectorAll('[data-testid="live-winners"] li .name')].map((e) => e.textContent)
let wrapper: VueWrapper | undefined

describe('LiveDraw', () => {
  beforeAll(async () => {
    setActivePinia(createPinia())
    await loadLanguage('en', async () => ({}))
  })
  afterEach(() => {
    wrapper?.unmount()
    vi.useRealTimers()
  })

  it('shows every winner at once with reduced motion', async () => {
    motion(true)
    wrapper = mount(LiveDraw, { props: { draw: draw as never }, attachTo: document.body })
    await flushPromises()
    expect(document.querySelector('[data-testid="live-draw"]')?.getAttribute('data-reduced')).toBe('yes')
    expect(settled()).toEqual(['Tom', '阿花'])
    expect(document.querySelector('[data-testid="live-next"]')).toBeNull()
  })

  it('rolls, then settles on the real winners one by one', async () => {
    motion(false)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    wrapper = mount(LiveDraw, { props: { draw: draw as never }, attachTo: document.body })
    await flushPromises()
    expect(settled()).toEqual([])
    ;(document.querySelector('[data-testid="live-next"]') as HTMLElement).click()
    await vi.advanceTimersByTimeAsync(500)
    expect(settled()).toEqual([])
    expect(document.querySelector('.rolling')?.textContent).toMatch(/阿花|小红|Tom|李雷/)
    await vi.advanceTimersByTimeAsync(1500)
    expect(settled()).toEqual(['Tom'])
    ;(document.querySelector('[data-testid="live-next"]') as HTMLElement).click()
    await vi.advanceTimersByTimeAsync(2000)
    expect(settled()).toEqual(['Tom', '阿花'])
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    expect(wrapper.emitted('close')).toHaveLength(1)
  })
})
