// Member imports: preview a file or pasted text, run the import in the
// background (its events filtered to the one job), cancel it, list past ones.
import * as Imports from '../../wailsjs/go/app/ImportsAPI'
import * as Members from '../../wailsjs/go/app/MembersAPI'
import { OnFileDrop, OnFileDropOff } from '../../wailsjs/runtime/runtime'
import { app } from '../../wailsjs/go/models'
import { call } from './errors'
import { JOBS } from './events'
import { runJob, type JobEvent as Event } from './jobs'

export type Preview = app.ImportPreviewDTO
export type Problem = app.ProblemDTO
export type Draft = app.DraftDTO
export type ImportRecord = app.ImportRecordDTO
export type Duplicates = 'update' | 'skip' | 'keep'
/** Field -> column index; an absent field is not mapped. */
export type Mapping = Record<string, number>

/** Row -> the member an ambiguous row is (0: a new member). */
export type RowChoices = Record<number, number>

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
  choices: RowChoices // settles rows an earlier run reported ambiguous
}

/** A member an ambiguous row may be. */
export interface Candidate {
  id: number
  nickname: string
  remark: string
  platformId: string
}

/** A row without an id whose exact name several members have: not stored until chosen. */
export interface Ambiguity {
  row: number
  nickname: string
  platform: string
  candidates: Candidate[]
}

export interface Report {
  importId: number
  added: number
  updated: number
  skipped: number
  invalid: Problem[]
  ambiguous: Ambiguity[]
}

export type JobEvent = Event<{ report: Report }, { invalid: Problem[] }>

/** The choices an import offers for rows that lack them. */
export interface ImportChoices {
  platforms: string[]
  sources: string[]
}

function toDTO(req: ImportRequest): app.ImportRequestDTO {
  return app.ImportRequestDTO.createFrom(req)
}

/** withLists fills in the lists the backend may leave out or send as null. */
function withLists(e: JobEvent): JobEvent {
  if (e.type === 'done') return { ...e, report: { ...e.report, invalid: e.report.invalid ?? [], ambiguous: e.report.ambiguous ?? [] } }
  if (e.type === 'failed') return { ...e, invalid: e.invalid ?? [] }
  return e
}

/** startJob starts an import; onEvent gets that job's events only (see runJob). */
function startJob(req: ImportRequest, onEvent: (e: JobEvent) => void): Promise<string> {
  return runJob<JobEvent>(JOBS.memberImport, () => call(() => Imports.Start(toDTO(req))), (e) => onEvent(withLists(e)))
}

export const importsApi = {
  /** chooseFile opens the native file dialog: the path, or "" when cancelled. */
  chooseFile: (): Promise<string> => call(() => Imports.ChooseFile()),
  preview: (req: ImportRequest): Promise<Preview> => call(() => Imports.Preview(toDTO(req))),
  /** cancelPreview stops the running preview; its call then rejects with the code "cancelled". */
  cancelPreview: (): Promise<void> => call(() => Imports.CancelPreview()),
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
