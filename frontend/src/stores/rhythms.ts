// The planner's other rhythms: a group's topic bank (each kind with its
// unused and used topics) and the week's contact rhythm by tier.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { plannerApi, type PlanItemInput, type Rhythm, type RhythmSettings, type Topic } from '../api/planner'

const EMPTY: Rhythm = { start: '', tiers: [], segments: 0, whole: 0 }

export const useRhythmsStore = defineStore('rhythms', () => {
  const kinds = ref<string[]>([])
  const groupId = ref(0)
  const topics = ref<Topic[]>([])
  const rhythm = ref<Rhythm>(EMPTY)
  const settings = ref<RhythmSettings | null>(null)
  const rhythmGroup = ref(0)

  /** byKind is the bank grouped by kind, unused first (the backend's order). */
  const byKind = computed(() => {
    const out: Record<string, Topic[]> = Object.fromEntries(kinds.value.map((k) => [k, []]))
    for (const tp of topics.value) (out[tp.kind] ??= []).push(tp)
    return out
  })

  const unusedCount = (kind: string) => (byKind.value[kind] ?? []).filter((tp) => !tp.usedAt).length

  /** loadTopics reads a group's bank (0: none); the first time the backend adds the starters. */
  async function loadTopics(id: number): Promise<void> {
    if (!kinds.value.length) kinds.value = await plannerApi.topicKinds()
    groupId.value = id
    topics.value = id ? await plannerApi.topics(id) : []
  }

  async function addTopic(kind: string, text: string): Promise<void> {
    await plannerApi.addTopic(groupId.value, kind, text)
    await loadTopics(groupId.value)
  }

  /** removeTopic drops a topic at once and puts it back if the backend refuses. */
  async function removeTopic(id: number): Promise<void> {
    const before = topics.value
    topics.value = before.filter((tp) => tp.id !== id)
    try {
      await plannerApi.deleteTopic(id)
    } catch (e) {
      topics.value = before
      throw e
    }
  }

  async function reuseTopic(id: number): Promise<void> {
    await plannerApi.reuseTopic(id)
    await loadTopics(groupId.value)
  }

  /** nextDraft is a new item filled from the bank's next unused topic of kind. */
  const nextDraft = (group: number, kind: string, day: string): Promise<PlanItemInput> => plannerApi.nextTopic(group, kind, day)

  async function loadRhythm(day: string, group: number): Promise<void> {
    rhythmGroup.value = group
    rhythm.value = await plannerApi.rhythm(day, group)
  }

  async function loadSettings(): Promise<void> {
    settings.value = await plannerApi.rhythmSettings()
  }

  async function saveSettings(s: RhythmSettings): Promise<void> {
    settings.value = await plannerApi.saveRhythmSettings(s)
  }

  return { kinds, groupId, topics, rhythm, rhythmGroup, settings, byKind, unusedCount,
    loadTopics, addTopic, removeTopic, reuseTopic, nextDraft, loadRhythm, loadSettings, saveSettings }
})
