// The virtual table over a mocked million-member backend: it draws only the
// rows on screen, fetches one page for them, selects, and sorts by a header.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import MemberTable from './MemberTable.vue'
import { useMembersStore } from '../../stores/members'

const binding = vi.hoisted(() => ({ List: vi.fn(), Count: vi.fn() }))
vi.mock('../../../wailsjs/go/app/MembersAPI', () => binding)

const row = (id: number) => ({
  id, nickname: `fan ${id}`, remark: '', platform: 'douyin', platformId: `dy${id}`, daysFollowed: null, fanLevel: 0,
  ironFan: false, source: 'manual', tags: [], createdAt: '', updatedAt: '', deletedAt: '',
})

let wrapper: VueWrapper | undefined

describe('MemberTable', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    binding.Count.mockResolvedValue(1_000_000)
    binding.List.mockImplementation(async (q: { offset: number; limit: number }) =>
      Array.from({ length: q.limit }, (_, i) => row(q.offset + i + 1)))
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(44 + 36 * 10)
  })
  afterEach(() => {
    wrapper?.unmount()
    vi.restoreAllMocks()
    binding.List.mockReset()
  })

  async function mountTable() {
    const store = useMembersStore()
    store.options.sorts = ['nickname', 'fanLevel']
    wrapper = mount(MemberTable, { props: { columns: ['nickname', 'platformId', 'fanLevel'] }, attachTo: document.body })
    await store.refresh()
    await flushPromises()
    return store
  }

  it('draws only the visible rows of a million, from one page', async () => {
    await mountTable()
    const rows = wrapper!.findAll('[data-testid^="members-row-"]')
    expect(rows.length).toBeGreaterThan(5)
    expect(rows.length).toBeLessThan(40)
    expect(rows[0].attributes('data-testid')).toBe('members-row-1')
    expect(rows[0].text()).toContain('fan 1')
    expect(binding.List).toHaveBeenCalledTimes(1)
    expect(binding.List).toHaveBeenCalledWith(expect.objectContaining({ offset: 0, limit: 100, sort: '' }))
    expect(wrapper!.attributes('aria-rowcount')).toBe('1000001')
  })

  it('selects a row by its checkbox without opening it, and opens it on click', async () => {
    const store = await mountTable()
    await wrapper!.find('[data-testid="members-select-3"]').trigger('click')
    expect(store.selection()).toEqual({ ids: [3], filter: null })
    expect(wrapper!.emitted('open')).toBeUndefined()
    await wrapper!.find('[data-testid="members-row-2"]').trigger('click')
    expect(wrapper!.emitted('open')).toEqual([[2]])
  })

  it('sorts by a header: ascending, then descending', async () => {
    await mountTable()
    await wrapper!.find('[data-testid="members-sort-fanLevel"]').trigger('click')
    await flushPromises()
    expect(binding.List).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'fanLevel', desc: false }))
    await wrapper!.find('[data-testid="members-sort-fanLevel"]').trigger('click')
    await flushPromises()
    expect(binding.List).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'fanLevel', desc: true }))
    expect(wrapper!.find('[data-testid="members-sort-platformId"]').exists()).toBe(false) // not a backend sort
  })
})
