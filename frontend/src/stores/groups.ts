// Fan groups: the active and archived lists and the choices the form offers.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { groupsApi, type Group, type GroupInput, type GroupOptions } from '../api/groups'

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

function sorted(list: Group[]): Group[] {
  return [...list].sort((a, b) => byName.compare(a.name, b.name) || a.id - b.id)
}

export const useGroupsStore = defineStore('groups', () => {
  const active = ref<Group[]>([])
  const archived = ref<Group[]>([])
  const options = ref<GroupOptions>({ platforms: [], purposes: [], capacityPresets: [200, 500] })
  const loaded = ref(false)
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      const [a, b, o] = await Promise.all([groupsApi.list(false), groupsApi.list(true), groupsApi.options()])
      active.value = a
      archived.value = b
      options.value = o
      loaded.value = true
    } finally {
      loading.value = false
    }
  }

  async function create(input: GroupInput): Promise<Group> {
    const g = await groupsApi.create(input)
    active.value = sorted([...active.value, g])
    return g
  }

  /** update shows the edit at once and puts the old row back if the backend refuses. */
  async function update(id: number, input: GroupInput): Promise<Group> {
    const before = active.value
    active.value = sorted(before.map((g) => (g.id === id ? { ...g, ...input } : g)))
    try {
      const g = await groupsApi.update(id, input)
      active.value = sorted(active.value.map((x) => (x.id === id ? g : x)))
      return g
    } catch (e) {
      active.value = before
      throw e
    }
  }

  /** move shifts a group between the lists optimistically, then applies the backend's answer. */
  async function move(id: number, toArchive: boolean): Promise<Group> {
    const [from, to] = toArchive ? [active, archived] : [archived, active]
    const before = { from: from.value, to: to.value }
    const g = from.value.find((x) => x.id === id)
    if (!g) throw new Error(`group ${id} is not listed`)
    from.value = from.value.filter((x) => x.id !== id)
    to.value = sorted([...to.value, { ...g, archived: toArchive }])
    try {
      const saved = await (toArchive ? groupsApi.archive(id) : groupsApi.restore(id))
      to.value = to.value.map((x) => (x.id === id ? saved : x))
      return saved
    } catch (e) {
      from.value = before.from
      to.value = before.to
      throw e
    }
  }

  const archive = (id: number) => move(id, true)
  const restore = (id: number) => move(id, false)

  return { active, archived, options, loaded, loading, load, create, update, archive, restore }
})
