import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { useMembersStore } from './members'

const api = vi.hoisted(() => ({
  List: vi.fn(async () => []), Count: vi.fn(async () => 42), Bulk: vi.fn(), Undo: vi.fn(), Tags: vi.fn(async () => []),
}))
vi.mock('../../wailsjs/go/app/MembersAPI', () => api)

describe('members store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(api).forEach((f) => f.mockClear())
  })

  it('sends picked ids, or the whole filtered result, and clears the selection after', async () => {
    const store = useMembersStore()
    store.setFilter({ search: ' zs ', platforms: ['douyin'] })
    await nextTick()
    store.toggle(3)
    store.toggle(5)
    store.toggle(3)
    expect(store.selection()).toEqual({ ids: [5], filter: null })

    api.Bulk.mockResolvedValue({ undoId: 9, affected: 42 })
    store.selectAllMatching(true)
    expect(store.selectedCount).toBe(store.total)
    const res = await store.bulk({ action: 'addTags', tags: ['vip'] })
    expect(res).toEqual({ undoId: 9, affected: 42 })
    expect(api.Bulk).toHaveBeenCalledWith(expect.objectContaining({
      action: 'addTags', tags: ['vip'], groupId: 0, role: '',
      selection: { ids: [], filter: expect.objectContaining({ search: 'zs', platforms: ['douyin'], trash: false }) },
    }))
    expect(store.allMatching).toBe(false)
  })

  it('forgets the selection when the filter changes, and counts the new result', async () => {
    const store = useMembersStore()
    store.toggle(1)
    store.setFilter({ ironFan: true })
    await nextTick()
    expect(store.selectedCount).toBe(0)
    await vi.waitFor(() => expect(api.Count).toHaveBeenCalledWith(expect.objectContaining({ ironFan: true })))
  })

  it('sorts ascending, descending, then newest first', () => {
    const store = useMembersStore()
    const seen = () => [store.sort, store.desc]
    store.setSort('fanLevel')
    expect(seen()).toEqual(['fanLevel', false])
    store.setSort('fanLevel')
    expect(seen()).toEqual(['fanLevel', true])
    store.setSort('fanLevel')
    expect(seen()).toEqual(['', false])
  })

  it('undo refreshes the list and the tags', async () => {
    const store = useMembersStore()
    api.Undo.mockResolvedValue(2)
    expect(await store.undo(9)).toBe(2)
    expect(api.Undo).toHaveBeenCalledWith(9)
    expect(api.Count).toHaveBeenCalled()
    expect(api.Tags).toHaveBeenCalled()
  })

  it('sends the tier filter and sort, and keeps the tier of a row when its member is edited', async () => {
    const standing = { tier: 'core', stage: 'mature', r: 5, f: 5, m: 5 }
    const row = { id: 4, nickname: 'old', tags: [], standing }
    api.List.mockResolvedValue([row] as never)
    const store = useMembersStore()
    store.setFilter({ tiers: ['core'], flags: ['koc'] })
    store.setSort('tier')
    await store.refresh()
    store.want([0])
    await vi.waitFor(() => expect(store.rowById(4)).toBeDefined())
    expect(api.List).toHaveBeenCalledWith(expect.objectContaining({
      sort: 'tier', filter: expect.objectContaining({ tiers: ['core'], stages: [], flags: ['koc'] }),
    }))
    store.saved({ ...row, nickname: 'new', remark: '', platform: 'qq', platformId: '', fanLevel: 0, ironFan: false,
      source: 'manual', notes: '', followSince: '', identities: [], groups: [], createdAt: '', updatedAt: '', deletedAt: '' } as never)
    expect(store.rowAt(0)).toMatchObject({ nickname: 'new', standing })
  })
})
