// The invitations store over mocked bindings: a queue opens on its first
// waiting draft (so it survives a restart), copying puts the text on the
// clipboard and marks it copied once, sent and skipped move on, joined
// stays, and an edit is saved only when the text changed.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useInvitesStore } from './invites'

const api = vi.hoisted(() => ({
  Queue: vi.fn(), SetState: vi.fn(), Edit: vi.fn(), Batches: vi.fn(async () => []), Templates: vi.fn(async () => []),
  Fields: vi.fn(async () => []), Settings: vi.fn(async () => ({})), DeleteBatch: vi.fn(async () => undefined),
}))
vi.mock('../../wailsjs/go/app/InvitesAPI', () => api)
const clip = vi.hoisted(() => ({ text: '' }))
vi.mock('../api/shell', () => ({ shellApi: { copyText: async (s: string) => { clip.text = s } } }))

const draft = (id: number, state: string, text = `text ${id}`) => ({
  id, batchId: 1, memberId: id, nickname: `n${id}`, platform: 'douyin', platformId: '', variant: 'A', position: id,
  text, edited: false, state, stateAt: '', problems: null,
})

describe('invites store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
    api.SetState.mockImplementation(async (id: number, state: string) => draft(id, state))
    api.Edit.mockImplementation(async (id: number, text: string) => ({ ...draft(id, 'drafted', text), edited: true }))
  })

  it('opens on the first waiting draft', async () => {
    api.Queue.mockResolvedValue([draft(1, 'sent'), draft(2, 'skipped'), draft(3, 'copied'), draft(4, 'drafted')])
    const s = useInvitesStore()
    await s.openBatch(1)
    expect(s.current?.id).toBe(3)
    expect(s.done).toBe(2)
    expect(s.current?.problems).toEqual([])
  })

  it('copies, marks copied once, and moves on after sent', async () => {
    api.Queue.mockResolvedValue([draft(1, 'drafted'), draft(2, 'drafted')])
    const s = useInvitesStore()
    await s.openBatch(1)
    await s.copyCurrent()
    expect(clip.text).toBe('text 1')
    expect(api.SetState).toHaveBeenCalledWith(1, 'copied')
    await s.copyCurrent()
    expect(api.SetState).toHaveBeenCalledTimes(1)
    await s.mark('sent')
    expect(s.current?.id).toBe(2)
    expect(s.done).toBe(1)
    await s.mark('joined')
    expect(s.current?.id).toBe(2)
    await s.mark('skipped')
    expect(s.current?.id).toBe(2) // the last one: nowhere to move
    expect(s.done).toBe(2)
  })

  it('saves an edit only when the text changed', async () => {
    api.Queue.mockResolvedValue([draft(1, 'drafted')])
    const s = useInvitesStore()
    await s.openBatch(1)
    await s.editCurrent('text 1')
    expect(api.Edit).not.toHaveBeenCalled()
    await s.editCurrent('新的文字')
    expect(api.Edit).toHaveBeenCalledWith(1, '新的文字')
    expect(s.current?.text).toBe('新的文字')
    expect(s.current?.edited).toBe(true)
  })

  it('after deleting the open batch opens the newest one left', async () => {
    api.Queue.mockImplementation(async (id: number) => (id === 1 ? [draft(1, 'drafted')] : [draft(7, 'sent'), draft(8, 'drafted')]))
    const s = useInvitesStore()
    await s.openBatch(1)
    api.Batches.mockResolvedValueOnce([{ id: 2, total: 2 }] as never)
    await s.deleteBatch(1)
    expect(api.DeleteBatch).toHaveBeenCalledWith(1)
    expect(s.batchId).toBe(2)
    expect(s.current?.id).toBe(8)
  })
})
