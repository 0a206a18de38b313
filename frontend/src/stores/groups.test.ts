import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useGroupsStore } from './groups'
import type { Group } from '../api/groups'

const api = vi.hoisted(() => ({ Archive: vi.fn(), Restore: vi.fn(), Update: vi.fn() }))
vi.mock('../../wailsjs/go/app/GroupsAPI', () => api)

const group = (id: number, name: string, archived = false): Group => ({
  id, name, platform: 'douyin', purpose: 'core', customPurpose: '', capacity: 200, minDaysFollowed: 0,
  minFanLevel: 0, ironFansOnly: false, joinCode: '', announcement: '', rules: '', members: 0, full: false, archived,
  archivedAt: archived ? '2025-01-01T00:00:00Z' : '', createdAt: '', updatedAt: '',
})

const notFound = { code: 'not_found', key: 'err.group.not_found', params: { ID: 2 }, message: 'gone' }

describe('groups store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(api).forEach((f) => f.mockReset())
  })

  it('moves a group to the archive at once and keeps the backend answer', async () => {
    const store = useGroupsStore()
    store.active = [group(1, 'a'), group(2, 'b')]
    let answer!: (g: Group) => void
    api.Archive.mockReturnValue(new Promise((r) => { answer = r }))

    const done = store.archive(2)
    expect(store.active.map((g) => g.id)).toEqual([1]) // optimistic
    expect(store.archived.map((g) => g.id)).toEqual([2])
    answer(group(2, 'b', true))
    await done
    expect(store.archived[0].archivedAt).toBe('2025-01-01T00:00:00Z')
  })

  it('puts everything back when the backend refuses', async () => {
    const store = useGroupsStore()
    store.active = [group(1, 'a'), group(2, 'b')]
    store.archived = [group(3, 'c', true)]
    api.Archive.mockRejectedValue(notFound)

    await expect(store.archive(2)).rejects.toMatchObject({ code: 'not_found' })
    expect(store.active.map((g) => g.id)).toEqual([1, 2])
    expect(store.archived.map((g) => g.id)).toEqual([3])
  })

  it('rolls an edit back on failure and keeps the list sorted by name', async () => {
    const store = useGroupsStore()
    store.active = [group(1, 'alpha'), group(2, 'beta')]
    api.Update.mockRejectedValue(notFound)

    const pending = store.update(2, { ...group(2, 'aardvark') })
    expect(store.active.map((g) => g.name)).toEqual(['aardvark', 'alpha'])
    await expect(pending).rejects.toMatchObject({ key: 'err.group.not_found' })
    expect(store.active.map((g) => g.name)).toEqual(['alpha', 'beta'])
  })
})
