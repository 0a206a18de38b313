// Members: the filter, sort and selection of the list, its total, and its rows
// fetched page by page as the table scrolls (a million members stay smooth).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { toAppError, type AppError } from '../api/errors'
import {
  membersApi, type BulkRequest, type BulkResult, type DuplicatePair, type ExportFormat, type ExportRequest, type ExportResult,
  type Member, type MemberFilter, type MemberOptions, type MemberRow, type MergeResult, type Selection, type TagCount,
} from '../api/members'
import { emptyFilter, normalize } from '../domain/members/filter'
import { PageCache } from './pages'

export const useMembersStore = defineStore('members', () => {
  const options = ref<MemberOptions>({ platforms: [], sources: [], roles: [], statuses: [], sorts: [], maxLimit: 1000 })
  const filter = ref<MemberFilter>(emptyFilter())
  const sort = ref('')
  const desc = ref(false)
  const total = ref(0)
  const counted = ref(false) // total is known for the current query
  const error = ref<AppError | null>(null)
  /** generation changes when the rows are fetched anew: the table asks for its pages again. */
  const generation = ref(0)
  const version = ref(0) // bumped when a page arrives
  const picked = shallowRef(new Set<number>())
  const allMatching = ref(false)
  const tags = ref<TagCount[]>([])

  const query = computed(() => ({ filter: normalize(filter.value), sort: sort.value, desc: desc.value }))
  const cache = new PageCache<MemberRow>(async () => [], () => { version.value++ })
  let ticket = 0

  /** refresh fetches the count and the visible pages for the current query;
   *  keep leaves the rows on screen until they are replaced (same query). */
  async function refresh({ keep = false } = {}): Promise<void> {
    const q = query.value
    const mine = ++ticket
    if (!keep) counted.value = false
    error.value = null
    cache.reset((offset, limit) => membersApi.list({ ...q, offset, limit }), { keep })
    generation.value++
    try {
      const n = await membersApi.count(q.filter)
      if (mine === ticket) total.value = n
    } catch (e) {
      if (mine === ticket) error.value = toAppError(e)
    } finally {
      if (mine === ticket) counted.value = true
    }
  }

  /** queryKey changes whenever the list would show other rows. */
  const queryKey = computed(() => JSON.stringify(query.value))
  watch(queryKey, () => {
    clearSelection()
    void refresh()
  })

  async function loadOptions(): Promise<void> {
    options.value = await membersApi.options()
  }

  async function loadTags(): Promise<void> {
    tags.value = await membersApi.tags()
  }

  /** afterChange shows what a bulk action, an undo or a merge changed. */
  async function afterChange(): Promise<void> {
    await Promise.all([refresh({ keep: true }), loadTags()])
  }

  /** bulk applies an action to the selection (then cleared); the result can be undone. */
  async function bulk(r: Omit<BulkRequest, 'selection'>): Promise<BulkResult> {
    const res = await membersApi.bulk({ ...r, selection: selection() })
    clearSelection()
    void afterChange().catch((e) => console.error('qunzhu: refresh', e))
    return res
  }

  /** undo reverts a bulk action or a merge; it returns how many members it touched. */
  async function undo(undoId: number): Promise<number> {
    const n = await membersApi.undo(undoId)
    await afterChange()
    return n
  }

  /** duplicates are the pairs that look like one person (the merge drawer's list). */
  const duplicates = (limit: number): Promise<DuplicatePair[]> => membersApi.duplicates(limit)
  /** merge folds other into keep; the answer's undoId reverts it. */
  const merge = (keep: number, other: number): Promise<MergeResult> => membersApi.merge(keep, other)
  /** chooseExportPath asks where to save an export; "" when the user cancelled. */
  const chooseExportPath = (format: ExportFormat): Promise<string> => membersApi.chooseExportPath(format)
  const exportTo = (r: ExportRequest): Promise<ExportResult> => membersApi.export(r)

  /** rowAt is the row at index, or undefined while it loads. */
  function rowAt(index: number): MemberRow | undefined {
    void version.value
    return cache.row(index)
  }

  const want = (pages: readonly number[]) => cache.want(pages)
  const pageError = computed(() => (void version.value, cache.error ? toAppError(cache.error) : null))

  /** setSort sorts by key: ascending, then descending, then back to newest first. */
  function setSort(key: string): void {
    if (sort.value !== key) {
      sort.value = key
      desc.value = false
    } else if (!desc.value) {
      desc.value = true
    } else {
      sort.value = ''
      desc.value = false
    }
  }

  function setFilter(f: Partial<MemberFilter>): void {
    filter.value = normalize({ ...f, trash: filter.value.trash })
  }

  function setTrash(on: boolean): void {
    filter.value = emptyFilter(on)
  }

  // Selection: some rows by id, or everything the filter matches.
  const selectedCount = computed(() => (allMatching.value ? total.value : picked.value.size))
  const isSelected = (id: number) => allMatching.value || picked.value.has(id)
  function toggle(id: number): void {
    const next = new Set(picked.value)
    if (!next.delete(id)) next.add(id)
    picked.value = next
  }
  function selectAllMatching(on: boolean): void {
    allMatching.value = on
    picked.value = new Set()
  }
  function clearSelection(): void {
    selectAllMatching(false)
  }
  function selection(): Selection {
    return allMatching.value ? { ids: [], filter: query.value.filter } : { ids: [...picked.value], filter: null }
  }

  /** saved shows an edited member in the list without a refetch (its tier stays). */
  function saved(m: Member): void {
    const { id, nickname, remark, platform, platformId, daysFollowed, fanLevel, ironFan, source, createdAt,
      updatedAt, deletedAt } = m
    const standing = rowById(id)?.standing ?? null
    cache.patch((r) => r.id === id, { id, nickname, remark, platform, platformId, daysFollowed, fanLevel, ironFan,
      source, tags: m.tags ?? [], createdAt, updatedAt, deletedAt, standing })
  }

  /** rowById is a listed member's row while its page is cached (the drawer reads its tier there). */
  function rowById(id: number): MemberRow | undefined {
    void version.value
    return cache.find((r) => r.id === id)
  }

  return {
    options, tags, filter, sort, desc, queryKey, total, counted, error, generation, pageError, picked, allMatching, selectedCount,
    refresh, loadOptions, loadTags, afterChange, bulk, undo, duplicates, merge, chooseExportPath, exportTo, rowAt, want, setSort, setFilter, setTrash, isSelected, toggle, selectAllMatching,
    clearSelection, selection, saved, rowById,
  }
})
