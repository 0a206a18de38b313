// The polls store over mocked bindings: creating selects the new poll and
// loads its results; casting pasted votes updates results and ballots; a
// status change replaces the poll in the list.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { usePollsStore } from './polls'

const api = vi.hoisted(() => ({
  List: vi.fn(), Create: vi.fn(), Results: vi.fn(), Ballots: vi.fn(), Cast: vi.fn(), SetStatus: vi.fn(), SetTally: vi.fn(), Delete: vi.fn(),
}))
vi.mock('../../wailsjs/go/app/PollsAPI', () => api)

const poll = (over: object = {}) => ({ id: 7, question: '聊什么', options: ['a', 'b'], multiple: false, maxChoices: 0, anonymous: false,
  hideResults: false, deadline: '', groupId: 0, status: 'draft', createdAt: '', closedAt: '', ...over })
const results = (over: object = {}, p: object = {}) => ({ poll: poll(p), counts: [0, 0], voters: 0, groupSize: 0, hidden: false, ...over })

describe('polls store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    for (const f of Object.values(api)) f.mockReset()
  })

  it('creates, casts and closes', async () => {
    const s = usePollsStore()
    api.Create.mockResolvedValue(poll())
    api.Results.mockResolvedValue(results())
    api.Ballots.mockResolvedValue(null)
    await s.create(poll() as never)
    expect(s.currentId).toBe(7)
    expect(s.current?.question).toBe('聊什么')
    expect(s.ballots).toEqual([])

    api.Cast.mockResolvedValue(results({ counts: [1, 2], voters: 3 }, { status: 'open' }))
    api.Ballots.mockResolvedValue([{ id: 1, memberId: 0, voter: '阿花', choices: [1], count: 1, source: 'jielong', line: '1. 阿花 B' }])
    await s.cast('jielong', [{ memberId: 0, name: '阿花', choices: [1], line: '1. 阿花 B' }])
    expect(api.Cast).toHaveBeenCalledWith(7, 'jielong', [{ memberId: 0, name: '阿花', choices: [1], line: '1. 阿花 B' }])
    expect(s.results?.counts).toEqual([1, 2])
    expect(s.current?.status).toBe('open')
    expect(s.ballots).toHaveLength(1)

    api.SetStatus.mockResolvedValue(poll({ status: 'closed' }))
    api.Results.mockResolvedValue(results({ counts: [1, 2] }, { status: 'closed' }))
    api.Ballots.mockResolvedValue([])
    await s.setStatus('closed')
    expect(s.list).toHaveLength(1)
    expect(s.current?.status).toBe('closed')
  })
})
