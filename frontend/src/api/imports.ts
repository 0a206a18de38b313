// Member imports: preview a file or pasted text, run the import in the
// background (its events filtered to the one job), cancel it, list past ones.
import * as Imports from '../../wailsjs/go/app/ImportsAPI'
import * as Members from '../../wailsjs/go/app/MembersAPI'
import { EventsOn, OnFileDrop, OnFileDropOff } from '../../wailsjs/runtime/runtime'
import { app } from '../../wailsjs/go/models'
import { AppError, call, toAppError } from './errors'

export type Preview = app.ImportPreviewDTO
export type Problem = app.ProblemDTO
export type Draft = app.DraftDTO
export type ImportRecord = app.ImportRecordDTO
export type Duplicates = 'update' | 'skip' | 'keep'
/** Field -> column index; an absent field is not mapped. */
export type Mapping = Record<string, number>

export interface Source {
  path: string
  text: string
  sheet: string // XLSX: "" = the first sheet
}

export interface ImportRequest {
  source: Source
  mapping: Mapping | null // null: guessed from the headers
  platform: string // for rows without one; "" = guessed
  memberSource: string // for rows without one; "" = import
  groupId: number // 0: none
  onDuplicate: Duplicates
  skipInvalid: boolean
}

export interface Report {
  importId: number
  added: number
  updated: number
  skipped: number
  invalid: Problem[]
}

export type JobEvent =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; report: Report }
  | { type: 'failed'; error: AppError; invalid: Problem[] }

/** The choices an import offers for rows that lack them. */
export interface ImportChoices {
  platforms: string[]
  sources: string[]
}

interface Payload {
  jobId: string
  done: number
  total: number
  report: Report
  error: unknown
  invalid: Problem[] | null
}

type Listener = (jobId: string, e: JobEvent) => void

/** listen hears every import job's events until the returned function is called. */
function listen(handler: Listener): () => void {
  const offs = [
    EventsOn('import:progress', (p: Payload) => handler(p.jobId, { type: 'progress', done: p.done, total: p.total })),
    EventsOn('import:done', (p: Payload) =>
      handler(p.jobId, { type: 'done', report: { ...p.report, invalid: p.report.invalid ?? [] } })),
    EventsOn('import:failed', (p: Payload) =>
      handler(p.jobId, { type: 'failed', error: toAppError(p.error), invalid: p.invalid ?? [] })),
  ]
  let live = true
  return () => {
    if (live) offs.forEach((off) => off())
    live = false
  }
}

function toDTO(req: ImportRequest): app.ImportRequestDTO {
  return app.ImportRequestDTO.createFrom(req)
}

/**
 * startJob starts an import and hands onEvent that job's events only. It
 * listens before starting, so the events of a fast job that arrive before
 * Start answers are not lost, and stops listening once the job has ended.
 */
async function startJob(req: ImportRequest, onEvent: (e: JobEvent) => void): Promise<string> {
  let id: string | null = null
  const early: [string, JobEvent][] = []
  const deliver: Listener = (jobId, e) => {
    if (jobId !== id) return
    if (e.type !== 'progress') off()
    onEvent(e)
  }
  const off = listen((jobId, e) => (id === null ? early.push([jobId, e]) : deliver(jobId, e)))
  try {
    id = await call(() => Imports.Start(toDTO(req)))
  } catch (e) {
    off()
    throw e
  }
  early.forEach(([jobId, e]) => deliver(jobId, e))
  return id
}

export const importsApi = {
  /** chooseFile opens the native file dialog: the path, or "" when cancelled. */
  chooseFile: (): Promise<string> => call(() => Imports.ChooseFile()),
  preview: (req: ImportRequest): Promise<Preview> => call(() => Imports.Preview(toDTO(req))),
  start: startJob,
  /** cancel stops a job; it then fails with the code "cancelled" and stores nothing. */
  cancel: (jobId: string): Promise<void> => call(() => Imports.Cancel(jobId)),
  history: (): Promise<ImportRecord[]> => call(() => Imports.History()),
  choices: (): Promise<ImportChoices> =>
    call(() => Members.Options()).then(({ platforms, sources }) => ({ platforms, sources })),
  /**
   * onFileDrop hands over the paths of files dropped on a drop target (an
   * element whose CSS sets --wails-drop-target: drop); the returned function
   * stops listening.
   */
  onFileDrop: (handler: (paths: string[]) => void): (() => void) => {
    OnFileDrop((_x, _y, paths) => handler(paths), true)
    return OnFileDropOff
  },
}
