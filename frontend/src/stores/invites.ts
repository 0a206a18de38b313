// Invitations: the templates and the one being edited, the settings, the
// batches and the open sending queue (its position is where the first
// draft still waiting is, so it survives a restart), and the funnel.
import { defineStore } from 'pinia'
import { useAdLawStore } from './adlaw'
import { computed, ref } from 'vue'
import { shellApi } from '../api/shell'
import {
  invitesApi, type Batch, type Card, type Draft, type JoinReport, type Preview, type PreviewRequest, type Recipients,
  type Selection, type Settings, type Stage, type State, type Template, type TemplateInput, type Warning,
} from '../api/invites'

const WAITING: string[] = ['drafted', 'copied']

export const useInvitesStore = defineStore('invites', () => {
  const templates = ref<Template[]>([])
  const fields = ref<string[]>([])
  const settings = ref<Settings | null>(null)
  const batches = ref<Batch[]>([])
  const batchId = ref(0)
  const queue = ref<Draft[]>([])
  const index = ref(0)
  const funnel = ref<Stage[]>([])

  const current = computed<Draft | null>(() => queue.value[index.value] ?? null)
  const done = computed(() => queue.value.filter((d) => !WAITING.includes(d.state)).length)
  const batch = computed(() => batches.value.find((b) => b.id === batchId.value) ?? null)

  async function load(): Promise<void> {
    const [ts, fs, st, bs] = await Promise.all([invitesApi.templates(), invitesApi.fields(), invitesApi.settings(),
      invitesApi.batches()])
    templates.value = ts
    fields.value = fs
    settings.value = st
    batches.value = bs
    if (!batchId.value && bs.length) await openBatch(bs[0].id)
  }

  async function saveTemplate(id: number, t: TemplateInput): Promise<Template> {
    const saved = await invitesApi.saveTemplate(id, t)
    templates.value = await invitesApi.templates()
    return saved
  }

  async function deleteTemplate(id: number): Promise<void> {
    await invitesApi.deleteTemplate(id)
    templates.value = templates.value.filter((t) => t.id !== id)
  }

  async function saveSettings(s: Settings): Promise<void> {
    settings.value = await invitesApi.saveSettings(s)
    useAdLawStore().forget() // the ad-law list may have changed
  }

  async function refreshBatches(): Promise<void> {
    batches.value = await invitesApi.batches()
  }

  /** openBatch loads a queue and stands on its first waiting draft. */
  async function openBatch(id: number): Promise<void> {
    const ds = await invitesApi.queue(id)
    batchId.value = id
    queue.value = ds
    const first = ds.findIndex((d) => WAITING.includes(d.state))
    index.value = first < 0 ? Math.max(ds.length - 1, 0) : first
  }

  function replace(d: Draft): void {
    const i = queue.value.findIndex((x) => x.id === d.id)
    if (i >= 0) queue.value.splice(i, 1, d)
  }

  function move(step: number): void {
    index.value = Math.min(Math.max(index.value + step, 0), Math.max(queue.value.length - 1, 0))
  }

  /** copyCurrent puts the draft on the clipboard and marks it copied (once). */
  async function copyCurrent(): Promise<void> {
    const d = current.value
    if (!d) return
    await shellApi.copyText(d.text)
    if (d.state === 'drafted') replace(await invitesApi.setState(d.id, 'copied'))
  }

  /** mark sets the current draft's state; sent and skipped move on to the next. */
  async function mark(state: State, id = current.value?.id): Promise<void> {
    if (!id) return
    replace(await invitesApi.setState(id, state))
    if ((state === 'sent' || state === 'skipped') && id === current.value?.id) move(1)
    await refreshBatches()
  }

  async function editCurrent(text: string): Promise<void> {
    const d = current.value
    if (!d || d.text === text) return
    replace(await invitesApi.edit(d.id, text))
  }

  /** deleteBatch removes a batch and its drafts, then opens the newest one left. */
  async function deleteBatch(id: number): Promise<void> {
    await invitesApi.deleteBatch(id)
    await refreshBatches()
    if (batchId.value === id) {
      batchId.value = 0
      queue.value = []
      if (batches.value.length) await openBatch(batches.value[0].id)
    }
  }

  async function loadFunnel(templateId: number, batch = 0): Promise<void> {
    funnel.value = await invitesApi.funnel(templateId, batch)
  }

  // Asked and answered, nothing kept here: a template's preview, a selection's
  // recipients and warnings, the joins matched to a batch, its export, the join card.
  const preview = (r: PreviewRequest): Promise<Preview> => invitesApi.preview(r)
  const recipients = (s: Selection): Promise<Recipients> => invitesApi.recipients(s)
  const warnings = (templateId: number, s: Selection): Promise<Warning[]> => invitesApi.warnings(templateId, s)
  const createBatch = (templateId: number, s: Selection, name: string) => invitesApi.createBatch(templateId, s, name)
  const matchJoins = (id: number, list: string): Promise<JoinReport> => invitesApi.matchJoins(id, list)
  const matchJoinsFile = (id: number): Promise<JoinReport | null> => invitesApi.matchJoinsFile(id)
  /** exportBatch asks where to save; the path is "" when the dialog was cancelled. */
  const exportBatch = (id: number, format: 'csv' | 'xlsx') => invitesApi.exportBatch(id, format)
  const joinCard = (groupId: number, link: string): Promise<Card> => invitesApi.joinCard(groupId, link)
  const saveCardPng = (name: string, pngDataUrl: string): Promise<string> => invitesApi.saveCardPng(name, pngDataUrl)

  return {
    templates, fields, settings, batches, batchId, queue, index, funnel, current, done, batch,
    load, saveTemplate, deleteTemplate, saveSettings, refreshBatches, openBatch, move, copyCurrent, mark,
    editCurrent, loadFunnel, replace, deleteBatch,
    preview, recipients, warnings, createBatch, matchJoins, matchJoinsFile, exportBatch, joinCard, saveCardPng,
  }
})
