// The activity store over mocked bindings: the preview settles ambiguous
// senders on their first candidate, the user's choices reach Start, and the
// job's events (only its own, early ones included) drive progress and outcome.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { AppError } from '../api/errors'
import { useActivityStore } from './activity'

const bus = vi.hoisted(() => {
  const listeners = new Map<string, Set<(data: unknown) => void>>()
  return {
    listeners,
    EventsOn: (name: string, cb: (data: unknown) => void) => {
      if (!listeners.has(name)) listeners.set(name, new Set())
      listeners.get(name)!.add(cb)
      return () => listeners.get(name)!.delete(cb)
    },
    emit: (name: string, data: unknown) => [...(listeners.get(name) ?? [])].forEach((cb) => cb(data)),
    count: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
  }
})
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: bus.EventsOn, OnFileDrop: vi.fn(), OnFileDropOff: vi.fn() }))

const api = vi.hoisted(() => ({ Preview: vi.fn(), Start: vi.fn(), Cancel: vi.fn(), History: vi.fn(), ChooseFile: vi.fn() }))
vi.mock('../../wailsjs/go/app/ActivityAPI', () => api)
const groupsApi = vi.hoisted(() => ({ List: vi.fn(async () => []), Options: vi.fn(async () => ({ platforms: [], purposes: [], capacityPresets: [] })) }))
vi.mock('../../wailsjs/go/app/GroupsAPI', () => groupsApi)

const sender = (name: string) => ({ key: `whatsapp\x1fnick\x1f${name}`, platform: 'whatsapp', id: '', name })
const candidate = (id: number) => ({ id, nickname: '小红', remark: `r${id}`, platformId: '' })
const preview = (over: object = {}) => ({
  fileName: 'chat.txt', format: 'whatsapp', events: 5, system: 1, skipped: 0, problems: [], from: '2023-03-12T14:06:00', to: '2023-03-13T09:00:00',
  senders: 3, known: 1, new: 1, topSenders: [],
  unsettled: [
    { sender: sender('小红'), events: 3, candidates: [candidate(4), candidate(9)] },
    { sender: sender('阿明'), events: 1, candidates: [candidate(5), candidate(6)] },
  ],
  ...over,
})
const report = { importId: 1, format: 'whatsapp', events: 5, duplicates: 0, system: 1, skipped: 0, problems: [], members: 3, newMembers: 1,
  ambiguous: 2, from: '2023-03-12T14:06:00', to: '2023-03-13T09:00:00' }

describe('activity store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    bus.listeners.clear()
    Object.values(api).forEach((f) => f.mockReset())
    groupsApi.List.mockClear()
    api.History.mockResolvedValue([])
  })

  it('settles each ambiguous sender on its first candidate, and takes the user’s choices to Start', async () => {
    const store = useActivityStore()
    api.Preview.mockResolvedValue(preview())
    await store.open('/tmp/chat.txt')
    expect(api.Preview).toHaveBeenCalledWith('/tmp/chat.txt')
    expect(store.choices).toEqual({ [sender('小红').key]: 4, [sender('阿明').key]: 5 })

    store.choose(sender('小红').key, 9)
    store.choose(sender('阿明').key, 0) // a new member
    store.groupId = 7
    api.Start.mockResolvedValue('1')
    await store.start()

    expect(api.Start).toHaveBeenCalledWith(expect.objectContaining({
      path: '/tmp/chat.txt', groupId: 7, choices: { [sender('小红').key]: 9, [sender('阿明').key]: 0 },
    }))
    expect(store.job).toEqual({ id: '1', done: 0, total: 0 })
  })

  it('follows its own job’s progress to the report, then reloads the history and groups', async () => {
    const store = useActivityStore()
    api.Preview.mockResolvedValue(preview())
    await store.open('/tmp/chat.txt')
    store.groupId = 7
    api.Start.mockResolvedValue('2')
    await store.start()

    bus.emit('activity:progress', { jobId: '1', done: 9, total: 9 }) // another job
    bus.emit('activity:progress', { jobId: '2', done: 400, total: 1000 })
    expect(store.job).toEqual({ id: '2', done: 400, total: 1000 })

    api.History.mockResolvedValue([{ id: 1, fileName: 'chat.txt', format: 'whatsapp', events: 5, duplicates: 0,
      newMembers: 1, createdAt: '2025-01-01T00:00:00Z' }])
    bus.emit('activity:done', { jobId: '2', report })
    expect(store.job).toBeNull()
    expect(store.outcome).toEqual({ type: 'done', report })
    await vi.waitFor(() => expect(store.history).toHaveLength(1))
    expect(groupsApi.List).toHaveBeenCalled() // the group's member count changed
    expect(bus.count()).toBe(0)
  })

  it('keeps the events that arrive before Start answers', async () => {
    const store = useActivityStore()
    api.Preview.mockResolvedValue(preview({ unsettled: [] }))
    await store.open('/tmp/small.txt')
    api.Start.mockImplementation(async () => {
      bus.emit('activity:progress', { jobId: '3', done: 10, total: 10 })
      bus.emit('activity:done', { jobId: '3', report })
      return '3'
    })
    await store.start()

    expect(store.job).toBeNull()
    expect(store.outcome).toEqual({ type: 'done', report })
  })

  it('cancels the running job, which then ends as cancelled', async () => {
    const store = useActivityStore()
    api.Preview.mockResolvedValue(preview())
    await store.open('/tmp/chat.txt')
    api.Start.mockResolvedValue('4')
    await store.start()
    await store.cancel()
    expect(api.Cancel).toHaveBeenCalledWith('4')

    bus.emit('activity:failed', { jobId: '4', error: { code: 'cancelled', key: 'err.cancelled', message: 'cancelled' } })
    expect(store.job).toBeNull()
    const out = store.outcome as { type: 'failed'; error: AppError }
    expect(out.type).toBe('failed')
    expect(out.error).toBeInstanceOf(AppError)
    expect(out.error.code).toBe('cancelled')
    expect(api.History).not.toHaveBeenCalled() // nothing was stored

    store.dismiss() // back to the preview, choices kept
    expect(store.outcome).toBeNull()
    expect(store.preview?.fileName).toBe('chat.txt')
    expect(store.choices[sender('小红').key]).toBe(4)
  })

  it('shows why a file cannot be read, and keeps only the latest preview', async () => {
    const store = useActivityStore()
    api.Preview.mockRejectedValueOnce(JSON.stringify({ code: 'invalid', key: 'err.chat.unknown_format', message: 'x' }))
    await store.open('/tmp/notes.txt')
    expect(store.preview).toBeNull()
    expect(store.previewError?.key).toBe('err.chat.unknown_format')

    let answerOld!: (p: unknown) => void
    api.Preview.mockReturnValueOnce(new Promise((r) => { answerOld = r })).mockResolvedValueOnce(preview({ fileName: 'b.txt' }))
    const old = store.open('/tmp/a.txt')
    await store.open('/tmp/b.txt')
    answerOld(preview({ fileName: 'a.txt' }))
    await old
    expect(store.preview?.fileName).toBe('b.txt')
    expect(store.path).toBe('/tmp/b.txt')
    expect(store.previewError).toBeNull()
  })

  it('offers the members chosen in an earlier import again for the same senders', async () => {
    const store = useActivityStore()
    api.Preview.mockResolvedValue(preview())
    await store.open('/tmp/chat.txt')
    store.choose(sender('小红').key, 9)
    api.Start.mockResolvedValue('5')
    await store.start()
    bus.emit('activity:done', { jobId: '5', report })
    store.reset()

    // 阿明's choice (5) is gone from the candidates: back to the first one.
    api.Preview.mockResolvedValue(preview({ unsettled: [
      { sender: sender('小红'), events: 3, candidates: [candidate(4), candidate(9)] },
      { sender: sender('阿明'), events: 1, candidates: [candidate(6), candidate(8)] },
    ] }))
    await store.open('/tmp/chat.txt')
    expect(store.choices).toEqual({ [sender('小红').key]: 9, [sender('阿明').key]: 6 })
  })

  it('stops listening when Start rejects, and starts over with nothing chosen', async () => {
    const store = useActivityStore()
    api.Preview.mockResolvedValue(preview())
    await store.open('/tmp/chat.txt')
    api.Start.mockRejectedValue({ code: 'not_found', key: 'err.group.not_found', params: { ID: 7 } })
    await expect(store.start()).rejects.toBeInstanceOf(AppError)
    expect(store.job).toBeNull()
    expect(bus.count()).toBe(0)

    store.reset()
    expect(store.preview).toBeNull()
    expect(store.choices).toEqual({})
    expect(store.path).toBe('')
  })
})
