// Edits re-run the preview once they settle, and only the latest answer counts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { PREVIEW_DELAY_MS, useImportsStore } from './imports'

const api = vi.hoisted(() => ({ Preview: vi.fn() }))
vi.mock('../../wailsjs/go/app/ImportsAPI', () => api)

const preview = (platform: string) => ({ platform, mapping: { nickname: 0 }, total: 1, valid: 1, problems: [] })

describe('imports store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    api.Preview.mockReset()
    vi.useFakeTimers()
  })
  afterEach(() => vi.useRealTimers())

  it('previews once after a burst of edits, with the last of them', async () => {
    const store = useImportsStore()
    api.Preview.mockResolvedValue(preview(''))
    store.pasteText = '张三'
    await store.openText()
    expect(api.Preview).toHaveBeenCalledTimes(1)

    store.setPlatform('qq')
    store.setMapping({ nickname: 0 })
    store.setPlatform('douyin')
    expect(store.previewing).toBe(true) // the counts on screen are stale
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS)

    expect(api.Preview).toHaveBeenCalledTimes(2)
    expect(api.Preview).toHaveBeenLastCalledWith(expect.objectContaining({ platform: 'douyin', mapping: { nickname: 0 } }))
    expect(store.previewing).toBe(false)
  })

  it('drops an answer that arrives after a newer one', async () => {
    const store = useImportsStore()
    let answerOld!: (p: unknown) => void
    api.Preview.mockReturnValueOnce(new Promise((r) => { answerOld = r })).mockResolvedValueOnce(preview('qq'))
    store.pasteText = 'a'
    const old = store.openText()
    store.pasteText = 'b'
    await store.openText()
    answerOld(preview('douyin'))
    await old

    expect(store.preview?.platform).toBe('qq')
  })

  it('forgets the previewed source when starting over', async () => {
    const store = useImportsStore()
    api.Preview.mockResolvedValue(preview(''))
    await store.openFile('/tmp/a.csv')
    store.setPlatform('qq')
    store.reset()
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS)

    expect(api.Preview).toHaveBeenCalledTimes(1) // the pending re-preview was dropped
    expect(store.preview).toBeNull()
    expect(store.previewing).toBe(false)
  })
})
