// The member form shows the backend's field errors under their fields.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ref } from 'vue'
import MemberDrawer from './MemberDrawer.vue'
import { setupFeedback } from '../../feedback'
import { loadLanguage } from '../../i18n'
import { useMembersStore } from '../../stores/members'

const binding = vi.hoisted(() => ({ Create: vi.fn(), Update: vi.fn(), Get: vi.fn() }))
vi.mock('../../../wailsjs/go/app/MembersAPI', () => binding)

const invalid = {
  code: 'invalid', key: 'err.invalid_input', params: {}, message: 'Some fields need fixing.',
  fields: { fanLevel: { key: 'err.field.range', params: { Min: 0, Max: 99 }, message: 'server text' } },
}

let wrapper: VueWrapper | undefined
const byTestId = <T extends Element>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`)

async function type(id: string, value: string) {
  const input = byTestId<HTMLInputElement>(id)!
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

describe('MemberDrawer', () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({
      'err.field.range': 'Must be between {Min} and {Max}.',
      'err.field.required': 'Required.',
    }))
  })
  beforeEach(() => {
    setActivePinia(createPinia())
    useMembersStore().options = { platforms: ['douyin', 'qq'], sources: ['manual'], roles: [], statuses: [], sorts: [], maxLimit: 1000 }
    Object.values(binding).forEach((f) => f.mockReset())
  })
  afterEach(() => wrapper?.unmount())

  async function openNew() {
    wrapper = mount(MemberDrawer, { attachTo: document.body })
    ;(wrapper.vm as unknown as { open: (id: null) => void }).open(null)
    await flushPromises()
  }

  it('shows the backend error under the fan level and keeps the drawer open', async () => {
    binding.Create.mockRejectedValue(new Error(JSON.stringify(invalid)))
    await openNew()
    await type('member-nickname', '张三')
    await type('member-fan-level', '150')
    byTestId<HTMLButtonElement>('member-save')!.click()
    await flushPromises()

    expect(binding.Create).toHaveBeenCalledWith(expect.objectContaining({ nickname: '张三', platform: 'douyin', source: 'manual' }))
    expect(byTestId('field-error-fanLevel')?.textContent).toBe('Must be between 0 and 99.')
    expect(byTestId('member-form')).not.toBeNull()
  })

  it('checks the required nickname without a round trip', async () => {
    await openNew()
    byTestId<HTMLButtonElement>('member-save')!.click()
    await flushPromises()
    expect(binding.Create).not.toHaveBeenCalled()
    expect(byTestId('field-error-nickname')?.textContent).toBe('Required.')
  })
})
