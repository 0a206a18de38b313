// Saved segments: named filters the user comes back to.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { membersApi, type MemberFilter, type Segment } from '../api/members'
import { normalize } from '../domain/members/filter'

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })
const sorted = (list: Segment[]) => [...list].sort((a, b) => byName.compare(a.name, b.name) || a.id - b.id)

export const useSegmentsStore = defineStore('segments', () => {
  const list = ref<Segment[]>([])

  async function load(): Promise<void> {
    list.value = sorted(await membersApi.segments())
  }

  /** save creates (id 0) or renames/refilters a segment; the live flag is never saved. */
  async function save(id: number, name: string, filter: MemberFilter): Promise<Segment> {
    const s = await membersApi.saveSegment(id, name.trim(), { ...normalize(filter), trash: false })
    list.value = sorted([...list.value.filter((x) => x.id !== s.id), s])
    return s
  }

  /** remove deletes a segment at once and puts it back if the backend refuses. */
  async function remove(id: number): Promise<void> {
    const before = list.value
    list.value = before.filter((x) => x.id !== id)
    try {
      await membersApi.deleteSegment(id)
    } catch (e) {
      list.value = before
      throw e
    }
  }

  return { list, load, save, remove }
})
