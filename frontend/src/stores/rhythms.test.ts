import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useRhythmsStore } from './rhythms'

const api = vi.hoisted(() => ({ TopicKinds: vi.fn(), Topics: vi.fn(), DeleteTopic: vi.fn(), NextTopic: vi.fn() }))
vi.mock('../../wailsjs/go/app/PlannerAPI', () => api)

const topic = (id: number, kind: string, usedAt = '') => ({ id, groupId: 1, kind, text: `t${id}`, usedAt, itemId: usedAt ? 9 : 0 })

describe('rhythms store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(api).forEach((f) => f.mockReset())
  })

  it('groups the bank by kind and counts the unused topics', async () => {
    api.TopicKinds.mockResolvedValue(['topic', 'riddle', 'vote'])
    api.Topics.mockResolvedValue([topic(1, 'topic'), topic(2, 'topic', '2026-12-01T00:00:00Z'), topic(3, 'riddle')])
    const store = useRhythmsStore()
    await store.loadTopics(1)
    expect(Object.keys(store.byKind)).toEqual(['topic', 'riddle', 'vote'])
    expect(store.byKind.topic.map((t) => t.id)).toEqual([1, 2])
    expect([store.unusedCount('topic'), store.unusedCount('riddle'), store.unusedCount('vote')]).toEqual([1, 1, 0])
  })

  it('puts a topic back when the delete is refused', async () => {
    api.TopicKinds.mockResolvedValue(['topic'])
    api.Topics.mockResolvedValue([topic(1, 'topic'), topic(2, 'topic')])
    api.DeleteTopic.mockRejectedValue({ code: 'not_found', key: 'err.planner.topic_not_found', params: {}, message: 'no' })
    const store = useRhythmsStore()
    await store.loadTopics(1)
    await expect(store.removeTopic(2)).rejects.toMatchObject({ key: 'err.planner.topic_not_found' })
    expect(store.topics.map((t) => t.id)).toEqual([1, 2])
  })

  it('reads no bank without a group', async () => {
    api.TopicKinds.mockResolvedValue(['topic'])
    const store = useRhythmsStore()
    await store.loadTopics(0)
    expect(api.Topics).not.toHaveBeenCalled()
    expect(store.topics).toEqual([])
  })
})
