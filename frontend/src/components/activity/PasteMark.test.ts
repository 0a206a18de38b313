// Marking the name and the time on a sample of an unknown paste: the
// selections become a Sample the backend learns from, and the paste is
// previewed again with the learnt pattern.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ref } from 'vue'
import PasteMark from './PasteMark.vue'
import { setupFeedback } from '../../feedback'
import { loadLanguage } from '../../i18n'
import { useActivityStore } from '../../stores/activity'

vi.mock('../../../wailsjs/runtime/runtime', () => ({ EventsOn: () => () => {}, OnFileDrop: vi.fn(), OnFileDropOff: vi.fn() }))
const api = vi.hoisted(() => ({ PreviewPaste: vi.fn(), LearnPaste: vi.fn() }))
vi.mock('../../../wailsjs/go/app/ActivityAPI', () => api)

const text = '\n<<阿泽>> @ 20:03 | 一起蹲\n<<小葵>> @ 20:04 | 签到\n'
const pattern = { prefix: '<<', between: '>> @', after: '|', timeFirst: false, inline: true }

describe('PasteMark', () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({ 'ui.paste.marked_name': 'Name: {Text}', 'ui.paste.marked_time': 'Time: {Text}' }))
  })
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(api).forEach((f) => f.mockReset())
  })

  it('learns the shape from the marked name and time and previews with it', async () => {
    const store = useActivityStore()
    api.PreviewPaste.mockRejectedValueOnce({ code: 'invalid', key: 'err.paste.unknown_shape', params: {}, message: '' })
    await store.openPaste({ text, day: '2026-12-07', platform: 'douyin', pattern: null })
    const w = mount(PasteMark, { props: { text }, attachTo: document.body })
    const input = w.get<HTMLInputElement>('[data-testid="paste-sample"]')
    expect(input.element.value).toBe('<<阿泽>> @ 20:03 | 一起蹲')
    expect(w.get('[data-testid="paste-mark-apply"]').attributes('disabled')).toBeDefined()

    input.element.setSelectionRange(2, 4)
    await w.get('[data-testid="paste-mark-name"]').trigger('click')
    input.element.setSelectionRange(9, 14)
    await w.get('[data-testid="paste-mark-time"]').trigger('click')
    expect(w.get('[data-testid="paste-marked-name"]').text()).toBe('Name: 阿泽')
    expect(w.get('[data-testid="paste-marked-time"]').text()).toBe('Time: 20:03')

    api.LearnPaste.mockResolvedValue(pattern)
    api.PreviewPaste.mockResolvedValue({ format: 'paste', shape: 'marked', events: 2, unsettled: [], topSenders: [], problems: [], rows: [] })
    await w.get('[data-testid="paste-mark-apply"]').trigger('click')
    await flushPromises()
    expect(api.LearnPaste.mock.calls[0][0]).toMatchObject({
      before: '<<', name: '阿泽', between: '>> @ ', time: '20:03', after: ' | 一起蹲', timeFirst: false,
    })
    expect(api.PreviewPaste.mock.calls[1][0]).toMatchObject({ text, pattern })
    expect(store.preview?.shape).toBe('marked')
    w.unmount()
  })
})
