// While a file is being read, Stop reading cancels the preview in the backend
// and starts over: the late answer is dropped and nothing is shown of it.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ref } from 'vue'
import SourceStep from './SourceStep.vue'
import { setupFeedback } from '../../feedback'
import { loadLanguage } from '../../i18n'
import { useImportsStore } from '../../stores/imports'

const binding = vi.hoisted(() => ({ Preview: vi.fn(), CancelPreview: vi.fn(async () => undefined) }))
vi.mock('../../../wailsjs/go/app/ImportsAPI', () => binding)
vi.mock('../../../wailsjs/runtime/runtime', () => ({ EventsOn: () => () => {}, OnFileDrop: () => {}, OnFileDropOff: () => {} }))

let wrapper: VueWrapper | undefined
const stopButton = () => document.querySelector<HTMLElement>('[data-testid="import-preview-stop"]')

describe('SourceStep', () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({ 'ui.import.reading.stop': 'Stop reading' }))
  })
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(binding).forEach((f) => f.mockClear())
  })
  afterEach(() => wrapper?.unmount())

  it('stops a running preview and drops its answer', async () => {
    let answer!: (p: unknown) => void
    binding.Preview.mockReturnValueOnce(new Promise((r) => { answer = r }))
    const store = useImportsStore()
    wrapper = mount(SourceStep, { attachTo: document.body })
    const reading = store.openFile('/tmp/huge.xlsx')
    await flushPromises()
    expect(store.previewing).toBe(true)
    expect(stopButton()?.textContent).toContain('Stop reading')

    stopButton()!.click()
    await flushPromises()
    expect(binding.CancelPreview).toHaveBeenCalledTimes(1)
    expect(store.previewing).toBe(false)
    expect(store.source).toBeNull()

    answer({ platform: '', mapping: {}, total: 1, valid: 1, problems: [] })
    await reading
    expect(store.preview).toBeNull()
    expect(store.previewError).toBeNull()
  })
})
