// Activity imports: the export being previewed and the choices made on it
// (who each ambiguous sender is, a group to join), the running job, how the
// last one ended, and the history of past imports.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { toAppError, type AppError } from '../api/errors'
import {
  activityApi, type ActivityRecord, type ActivityRequest, type Choices, type Columns, type JobEvent, type Pattern,
  type PasteRequest, type Preview, type Sample,
} from '../api/activity'
import { useGroupsStore } from './groups'

export interface Job {
  id: string // "" until Start answers
  done: number // bytes read
  total: number // the file's size (0 until the first progress event)
}

export type Outcome = Exclude<JobEvent, { type: 'progress' }>

/** Pasted chat text and how to read it. */
export interface Pasted {
  text: string
  day: string // YYYY-MM-DD of messages without a date
  platform: string
  pattern: Pattern | null // the shape marked on a sample; null: recognized
}

/**
 * defaultChoices settles every ambiguous sender: as settled before (when
 * that member is still a candidate, or it was a new member), else on its
 * first candidate.
 */
export function defaultChoices(p: Preview, before: Choices = {}): Choices {
  return Object.fromEntries(p.unsettled.map((u) => {
    const was = before[u.sender.key]
    const keep = was !== undefined && (was === 0 || u.candidates.some((c) => c.id === was))
    return [u.sender.key, keep ? was : u.candidates[0]?.id ?? 0]
  }))
}

export const useActivityStore = defineStore('activity', () => {
  const path = ref('')
  const preview = ref<Preview | null>(null)
  const previewing = ref(false)
  const previewError = ref<AppError | null>(null)
  const choices = ref<Choices>({})
  const groupId = ref(0)
  const job = ref<Job | null>(null)
  const outcome = ref<Outcome | null>(null)
  const history = ref<ActivityRecord[]>([])
  const columns = ref<Columns | null>(null) // a generic CSV's columns as the user mapped them
  const platform = ref('') // a generic CSV's platform for rows without one
  const pasted = ref<Pasted | null>(null) // the pasted chat being previewed, instead of a file

  let ticket = 0
  /** How senders were settled in this session's imports, offered again for the same senders. */
  let settled: Choices = {}

  /**
   * previewWith shows what fetch answers; only the latest call's answer is
   * kept. On failure the preview is cleared, unless keepLast (then the last
   * good one stays beside the error).
   */
  async function previewWith(fetch: () => Promise<Preview>, keepLast = false): Promise<void> {
    const mine = ++ticket
    previewing.value = true
    try {
      const answer = await fetch()
      if (mine !== ticket) return
      preview.value = answer
      previewError.value = null
      choices.value = defaultChoices(answer, settled)
    } catch (e) {
      if (mine !== ticket) return
      if (!keepLast) preview.value = null
      previewError.value = toAppError(e)
    } finally {
      if (mine === ticket) previewing.value = false
    }
  }

  /** open previews the export at p; only the latest call's answer is kept. */
  async function open(p: string): Promise<void> {
    path.value = p
    previewError.value = null
    outcome.value = null
    columns.value = null
    platform.value = ''
    pasted.value = null
    await previewWith(() => activityApi.preview(p))
  }

  /**
   * remap reads a generic CSV again with other columns or another platform;
   * when it can't be read so, the last good preview stays (the mapping with it)
   * and the error says which line failed.
   */
  async function remap(c: Columns, p: string): Promise<void> {
    columns.value = c
    platform.value = p
    await previewWith(() => activityApi.previewMapped(request()), true)
  }

  /**
   * openPaste previews pasted chat text; when its shape is unknown the
   * error (err.paste.unknown_shape) asks for a marked sample.
   */
  async function openPaste(p: Pasted): Promise<void> {
    pasted.value = { ...p }
    path.value = ''
    previewError.value = null
    outcome.value = null
    await previewWith(() => activityApi.previewPaste(pasteRequest()))
  }

  /** markSample learns the paste's shape from a marked sample and previews it so. */
  async function markSample(s: Sample): Promise<void> {
    if (!pasted.value) return
    const pattern = await activityApi.learnPaste(s)
    await openPaste({ ...pasted.value, pattern })
  }

  function pasteRequest(): PasteRequest {
    const p = pasted.value!
    return {
      text: p.text, day: p.day, pattern: p.pattern, platform: p.platform,
      groupId: groupId.value, choices: { ...choices.value },
    }
  }

  /** chooseFile asks for an export with the native dialog and previews it (nothing when cancelled). */
  async function chooseFile(): Promise<void> {
    const p = await activityApi.chooseFile()
    if (p) await open(p)
  }

  /** choose settles an ambiguous sender: a member id, or 0 for a new member. */
  function choose(senderKey: string, memberId: number) {
    choices.value = { ...choices.value, [senderKey]: memberId }
  }

  function request(): ActivityRequest {
    return {
      path: path.value, groupId: groupId.value, choices: { ...choices.value },
      columns: columns.value, platform: platform.value,
    }
  }

  function onJobEvent(e: JobEvent) {
    if (e.type === 'progress') {
      if (job.value) Object.assign(job.value, { done: e.done, total: e.total })
      return
    }
    job.value = null
    outcome.value = e
    if (e.type !== 'done') return
    const reload = [loadHistory(), ...(groupId.value ? [useGroupsStore().load()] : [])] // groups count their members
    void Promise.all(reload).catch((err) => console.error('qunzhu: reload after activity import', err))
  }

  /** start imports the previewed export; progress and the outcome arrive as events. */
  async function start(): Promise<void> {
    if (!preview.value || job.value) return
    outcome.value = null
    settled = { ...settled, ...choices.value }
    job.value = { id: '', done: 0, total: 0 }
    try {
      const id = pasted.value
        ? await activityApi.startPaste(pasteRequest(), onJobEvent)
        : await activityApi.start(request(), onJobEvent)
      if (job.value && !job.value.id) job.value.id = id
    } catch (e) {
      job.value = null
      throw e
    }
  }

  /** cancel stops the running import; it then ends as "cancelled" with nothing stored. */
  async function cancel(): Promise<void> {
    if (job.value?.id) await activityApi.cancel(job.value.id)
  }

  /** dismiss puts the outcome away, back to the preview (to change a choice and try again). */
  function dismiss() {
    outcome.value = null
  }

  /** reset starts over with another export (the group choice is kept). */
  function reset() {
    ticket++
    path.value = ''
    preview.value = null
    previewing.value = false
    previewError.value = null
    choices.value = {}
    outcome.value = null
    columns.value = null
    platform.value = ''
    pasted.value = null
  }

  async function loadHistory(): Promise<void> {
    history.value = await activityApi.history()
  }

  return {
    path, preview, previewing, previewError, choices, groupId, job, outcome, history, columns, platform, pasted,
    open, openPaste, markSample, remap, chooseFile, choose, start, cancel, dismiss, reset, loadHistory,
  }
})
