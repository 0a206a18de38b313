// The form shows the backend's field errors under the right field, localized
// by key, after a real trip through the api layer (the binding is mocked).
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ref } from 'vue'
import GroupFormDrawer from './GroupFormDrawer.vue'
import { setupFeedback } from '../../feedback'
import { loadLanguage } from '../../i18n'
import { useGroupsStore } from '../../stores/groups'

const binding = vi.hoisted(() => ({ Create: vi.fn(), Update: vi.fn() }))
vi.mock('../../../wailsjs/go/app/GroupsAPI', () => binding)

const taken = {
  code: 'conflict', key: 'err.invalid_input', params: {}, message: 'Some fields need fixing.',
  fields: { name: { key: 'err.group.name_taken', params: {}, message: 'server text' } },
}

let wrapper: VueWrapper | undefined

async function openForm() {
  wrapper = mount(GroupFormDrawer, { attachTo: document.body })
  ;(wrapper.vm as unknown as { open: (g: null) => void }).open(null)
  await flushPromises()
}

const byTestId = <T extends Element>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`)

async function typeName(value: string) {
  const input = byTestId<HTMLInputElement>('group-name')!
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

describe('GroupFormDrawer', () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({
      'err.group.name_taken': 'A group with this name already exists on this platform.',
      'err.field.required': 'Required.',
    }))
  })
  beforeEach(() => {
    setActivePinia(createPinia())
    useGroupsStore().options = { platforms: ['douyin', 'qq'], purposes: ['core', 'custom'], capacityPresets: [200, 500] }
    binding.Create.mockReset()
  })
  afterEach(() => wrapper?.unmount())

  it('shows the backend field error under the name, localized by its key', async () => {
    binding.Create.mockRejectedValue(new Error(JSON.stringify(taken)))
    await openForm()
    await typeName('Mei fans')
    byTestId<HTMLButtonElement>('group-save')!.click()
    await flushPromises()

    expect(binding.Create).toHaveBeenCalledWith(expect.objectContaining({ name: 'Mei fans', platform: 'douyin', capacity: 200 }))
    expect(byTestId('field-error-name')?.textContent).toBe('A group with this name already exists on this platform.')
    expect(byTestId('group-form')).not.toBeNull() // the drawer stays open

    await typeName('Mei fans 2')
    expect(byTestId('field-error-name')).toBeNull() // editing the field clears its error
  })

  it('checks a required name without calling the backend, and Enter submits', async () => {
    await openForm()
    byTestId('group-name')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    await flushPromises()

    expect(binding.Create).not.toHaveBeenCalled()
    expect(byTestId('field-error-name')?.textContent).toBe('Required.')
  })
})
