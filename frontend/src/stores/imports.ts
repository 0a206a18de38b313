// Member imports: the source being previewed and the choices made on it, the
// running job, how the last one ended, and the history of past imports.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { toAppError, type AppError } from '../api/errors'
import {
  importsApi, type Duplicates, type ImportChoices, type ImportRecord, type ImportRequest, type JobEvent,
  type Mapping, type Preview, type RowChoices, type Source,
} from '../api/imports'
import { useGroupsStore } from './groups'

/** How long edits to the mapping wait before the preview is re-run. */
export const PREVIEW_DELAY_MS = 300

export interface Job {
  id: string // "" until Start answers
  done: number
  total: number
}

export type Outcome = Exclude<JobEvent, { type: 'progress' }>

export const useImportsStore = defineStore('imports', () => {
  const source = ref<Source | null>(null)
  const pasteText = ref('') // the paste box, kept while the user goes back and forth
  const mapping = ref<Mapping | null>(null)
  const platform = ref('')
  const memberSource = ref('')
  const groupId = ref(0)
  const onDuplicate = ref<Duplicates>('update')
  const skipInvalid = ref(false)
  /** Who each ambiguous row of the last run is, as the user chose (row -> member id, 0: new). */
  const rowChoices = ref<RowChoices>({})

  const preview = ref<Preview | null>(null)
  const previewing = ref(false)
  const previewError = ref<AppError | null>(null)
  const job = ref<Job | null>(null)
  const outcome = ref<Outcome | null>(null)
  const history = ref<ImportRecord[]>([])
  const choices = ref<ImportChoices>({ platforms: [], sources: [] })
  /** pasted: the source is text, whose columns are the nickname and the ID. */
  const pasted = computed(() => !!source.value && !source.value.path)

  function request(): ImportRequest {
    return {
      source: source.value ?? { path: '', text: '', sheet: '' }, mapping: mapping.value, platform: platform.value,
      memberSource: memberSource.value, groupId: groupId.value, onDuplicate: onDuplicate.value,
      skipInvalid: skipInvalid.value, choices: rowChoices.value,
    }
  }

  let ticket = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  /** runPreview previews the current choices; only the latest call's answer is kept. */
  async function runPreview(): Promise<void> {
    clearTimeout(timer)
    const mine = ++ticket
    previewing.value = true
    try {
      const p = await importsApi.preview(request())
      if (mine !== ticket) return
      preview.value = p
      mapping.value = p.mapping
      previewError.value = null
    } catch (e) {
      if (mine === ticket) previewError.value = toAppError(e)
    } finally {
      if (mine === ticket) previewing.value = false
    }
  }

  function schedulePreview() {
    clearTimeout(timer)
    previewing.value = true // the counts shown are about to change
    timer = setTimeout(() => void runPreview(), PREVIEW_DELAY_MS)
  }

  /** open previews a new source with the mapping and platform guessed afresh. */
  function open(s: Source): Promise<void> {
    source.value = s
    mapping.value = null
    platform.value = ''
    skipInvalid.value = false
    rowChoices.value = {}
    preview.value = null
    previewError.value = null
    outcome.value = null
    return runPreview()
  }

  const openFile = (path: string) => open({ path, text: '', sheet: '' })
  const openText = () => open({ path: '', text: pasteText.value, sheet: '' })

  /** chooseFile asks for a file with the native dialog and previews it (nothing when cancelled). */
  async function chooseFile(): Promise<void> {
    const path = await importsApi.chooseFile()
    if (path) await openFile(path)
  }

  /** chooseSheet previews another sheet of the workbook; its columns are guessed afresh. */
  function chooseSheet(sheet: string): Promise<void> {
    if (!source.value) return Promise.resolve()
    source.value = { ...source.value, sheet }
    mapping.value = null
    return runPreview()
  }

  function setMapping(m: Mapping) {
    mapping.value = m
    schedulePreview()
  }

  function setPlatform(p: string) {
    platform.value = p
    schedulePreview()
  }

  function setMemberSource(s: string) {
    memberSource.value = s
    schedulePreview()
  }

  function onJobEvent(e: JobEvent) {
    if (e.type === 'progress') {
      if (job.value) Object.assign(job.value, { done: e.done, total: e.total })
      return
    }
    job.value = null
    outcome.value = e
    if (e.type !== 'done') return
    if (pasted.value) pasteText.value = ''
    const reload = [loadHistory(), ...(groupId.value ? [useGroupsStore().load()] : [])] // groups count their members
    void Promise.all(reload).catch((err) => console.error('qunzhu: reload after import', err))
  }

  /** start runs the import as previewed; progress and the outcome arrive as events. */
  async function start(): Promise<void> {
    outcome.value = null
    job.value = { id: '', done: 0, total: preview.value?.valid ?? 0 }
    try {
      const id = await importsApi.start(request(), onJobEvent)
      if (job.value && !job.value.id) job.value.id = id
    } catch (e) {
      job.value = null
      throw e
    }
  }

  /** choose says who an ambiguous row is: a candidate's id, or 0 for a new member. */
  function choose(row: number, memberId: number) {
    rowChoices.value = { ...rowChoices.value, [row]: memberId }
  }

  /**
   * importChosen runs the same import again with the choices: the rows stored
   * the first time change nothing, the chosen rows are stored.
   */
  const importChosen = (): Promise<void> => start()

  /** cancel stops the running import; it then ends as "cancelled" with nothing stored. */
  async function cancel(): Promise<void> {
    if (job.value?.id) await importsApi.cancel(job.value.id)
  }

  /** dismiss puts the outcome away, back to the preview (to change a choice and try again). */
  function dismiss() {
    outcome.value = null
  }

  /** reset starts over with a new source. */
  function reset() {
    clearTimeout(timer)
    ticket++
    source.value = null
    mapping.value = null
    rowChoices.value = {}
    preview.value = null
    previewing.value = false
    previewError.value = null
    outcome.value = null
  }

  /** stopPreview stops reading the source (a huge or hostile file) and starts over. */
  async function stopPreview(): Promise<void> {
    reset()
    await importsApi.cancelPreview()
  }

  async function loadHistory(): Promise<void> {
    history.value = await importsApi.history()
  }

  async function loadChoices(): Promise<void> {
    choices.value = await importsApi.choices()
  }

  return {
    source, pasteText, mapping, platform, memberSource, groupId, onDuplicate, skipInvalid, rowChoices, preview, previewing,
    previewError, job, outcome, history, choices, pasted, openFile, openText, chooseFile, chooseSheet, setMapping, setPlatform,
    setMemberSource, start, choose, importChosen, cancel, dismiss, reset, stopPreview, loadHistory, loadChoices,
  }
})
