// The activity store's Paste chat path over mocked bindings: the paste is
// previewed with its day and platform, an unknown shape waits for a marked
// sample whose learnt pattern the next preview uses, and storing goes to
// StartPaste with the group and the settled senders.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useActivityStore } from './activity'

vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: () => () => {}, OnFileDrop: vi.fn(), OnFileDropOff: vi.fn() }))
const api = vi.hoisted(() => ({
  Preview: vi.fn(), PreviewPaste: vi.fn(), LearnPaste: vi.fn(), Start: vi.fn(), StartPaste: vi.fn(), History: vi.fn(),
}))
vi.mock('../../wailsjs/go/app/ActivityAPI', () => api)

const sender = { key: 'douyin\x1fname\x1f小葵', platform: 'douyin', id: '', name: '小葵' }
const preview = {
  fileName: 'paste', format: 'paste', events: 2, system: 1, skipped: 0, problems: [], from: '', to: '', senders: 1,
  known: 0, new: 0, topSenders: [], header: [], shape: 'bracket',
  unsettled: [{ sender, events: 2, candidates: [{ id: 7, nickname: '小葵', remark: '', platformId: '' }] }],
  rows: [{ line: 1, sender: '小葵', time: '2026-12-07T20:01:00', kind: 'message', text: '你好', skip: '' }],
}
const pasted = { text: '[20:01] 小葵：你好', day: '2026-12-07', platform: 'douyin', pattern: null }
const unknown = { code: 'invalid', key: 'err.paste.unknown_shape', params: {}, message: 'unknown shape' }

describe('activity store, pasted chats', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(api).forEach((f) => f.mockReset())
  })

  it('previews a paste with its day and platform and stores it through StartPaste', async () => {
    const store = useActivityStore()
    api.PreviewPaste.mockResolvedValue(preview)
    await store.openPaste(pasted)
    expect(api.PreviewPaste.mock.calls[0][0]).toMatchObject({ text: pasted.text, day: '2026-12-07', platform: 'douyin', groupId: 0 })
    expect(store.preview?.rows).toHaveLength(1)
    expect(store.choices).toEqual({ [sender.key]: 7 })

    store.groupId = 3
    api.StartPaste.mockResolvedValue('job-1')
    await store.start()
    expect(api.Start).not.toHaveBeenCalled()
    expect(api.StartPaste.mock.calls[0][0]).toMatchObject({ text: pasted.text, groupId: 3, choices: { [sender.key]: 7 } })
  })

  it('keeps an unknown shape for marking, then previews with the learnt pattern', async () => {
    const store = useActivityStore()
    api.PreviewPaste.mockRejectedValueOnce(unknown).mockResolvedValueOnce(preview)
    await store.openPaste({ ...pasted, text: '<<小葵>> 20:01 | 你好' })
    expect(store.preview).toBeNull()
    expect(store.previewError?.key).toBe('err.paste.unknown_shape')
    expect(store.pasted?.text).toBe('<<小葵>> 20:01 | 你好')

    const pattern = { prefix: '<<', between: '>>', after: '|', timeFirst: false, inline: true }
    api.LearnPaste.mockResolvedValue(pattern)
    const sample = { before: '<<', name: '小葵', between: '>> ', time: '20:01', after: ' | 你好', timeFirst: false }
    await store.markSample(sample)
    expect(api.LearnPaste.mock.calls[0][0]).toMatchObject(sample)
    expect(api.PreviewPaste.mock.calls[1][0]).toMatchObject({ pattern })
    expect(store.previewError).toBeNull()
    expect(store.preview?.shape).toBe('bracket')
  })

  it('forgets the paste when a file is opened or on starting over', async () => {
    const store = useActivityStore()
    api.PreviewPaste.mockResolvedValue(preview)
    api.Preview.mockResolvedValue({ ...preview, format: 'whatsapp', rows: null })
    await store.openPaste(pasted)
    await store.open('/tmp/chat.txt')
    expect(store.pasted).toBeNull()
    expect(store.preview?.rows).toEqual([])
    await store.openPaste(pasted)
    store.reset()
    expect(store.pasted).toBeNull()
  })
})
