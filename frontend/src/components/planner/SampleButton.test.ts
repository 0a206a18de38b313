// "Try with sample data": after the confirmation the job runs behind a
// progress bar with Cancel; cancelled or failed, the message says nothing
// was kept and the button stays; done, the groups load and it goes.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ref } from 'vue'
import SampleButton from './SampleButton.vue'
import { setupFeedback } from '../../feedback'
import { loadLanguage } from '../../i18n'

const binding = vi.hoisted(() => ({ CanCreate: vi.fn(), Start: vi.fn(), Cancel: vi.fn() }))
vi.mock('../../../wailsjs/go/app/SampleAPI', () => binding)
const groups = vi.hoisted(() => ({ List: vi.fn(), Options: vi.fn() }))
vi.mock('../../../wailsjs/go/app/GroupsAPI', () => groups)
// The job's events: the test emits them by name.
const events = vi.hoisted(() => ({ handlers: {} as Record<string, (p: unknown) => void> }))
vi.mock('../../../wailsjs/runtime/runtime', () => ({
  EventsOn: (name: string, fn: (p: unknown) => void) => {
    events.handlers[name] = fn
    return () => { delete events.handlers[name] }
  },
}))

let wrapper: VueWrapper | undefined
const byTestId = <T extends Element>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`)
const messages = () => [...document.querySelectorAll('.n-message')].map((m) => m.textContent).join('\n')

async function emit(name: string, payload: object) {
  events.handlers[name]!({ jobId: '7', ...payload })
  await flushPromises()
}

// startJob clicks the button and confirms; the job then runs.
async function startJob() {
  byTestId<HTMLButtonElement>('sample-try')!.click()
  await flushPromises()
  const actions = document.querySelectorAll('.n-dialog__action')
  const buttons = actions[actions.length - 1]!.querySelectorAll('button')
  buttons[buttons.length - 1]!.click()
  await flushPromises()
}

describe('SampleButton', () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({
      'ui.sample.try.button': 'Try with sample data',
      'ui.sample.try.done': 'Sample data ready: {Groups} groups',
      'ui.sample.run.cancelled': 'Cancelled: nothing was kept.',
      'ui.sample.run.failed': 'Could not be made ({Error}). Nothing was kept.',
      'err.internal': 'Something went wrong.',
    }))
  })
  beforeEach(async () => {
    setActivePinia(createPinia())
    Object.values(binding).forEach((f) => f.mockReset())
    binding.CanCreate.mockResolvedValue(true)
    binding.Start.mockResolvedValue('7')
    binding.Cancel.mockResolvedValue(undefined)
    groups.List.mockResolvedValue([])
    groups.Options.mockResolvedValue({ platforms: [], purposes: [], capacityPresets: [] })
    wrapper = mount(SampleButton, { attachTo: document.body })
    await flushPromises()
  })
  afterEach(() => wrapper?.unmount())

  it('shows the progress, cancels, and says nothing was kept', async () => {
    await startJob()
    expect(binding.Start).toHaveBeenCalledOnce()
    await emit('sample:progress', { done: 40, total: 100 })
    expect(byTestId('sample-run-bar')?.textContent).toContain('40')
    byTestId<HTMLButtonElement>('sample-run-cancel')!.click()
    await flushPromises()
    expect(binding.Cancel).toHaveBeenCalledWith('7')
    await emit('sample:failed', { error: { code: 'cancelled', key: 'err.cancelled', params: {}, message: 'Cancelled' } })
    expect(messages()).toContain('Cancelled: nothing was kept.')
    expect(byTestId('sample-try')).not.toBeNull()
  })

  it('keeps a failure on screen, saying nothing was kept', async () => {
    await startJob()
    await emit('sample:failed', { error: { code: 'internal', key: 'err.internal', params: {}, message: 'x' } })
    expect(byTestId('sample-run-failed')?.textContent).toContain('Could not be made (Something went wrong.). Nothing was kept.')
    byTestId<HTMLButtonElement>('sample-run-close')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(byTestId('sample-run-failed')).toBeNull())
    expect(byTestId('sample-try')).not.toBeNull()
  })

  it('reports the workspace made, loads the groups and is offered no more', async () => {
    await startJob()
    await emit('sample:done', { report: { groups: 3, members: 5000, events: 9 } })
    expect(messages()).toContain('Sample data ready: 3 groups')
    expect(groups.List).toHaveBeenCalled()
    expect(byTestId('sample-try')).toBeNull()
    expect(wrapper!.emitted('created')).toHaveLength(1)
  })
})
