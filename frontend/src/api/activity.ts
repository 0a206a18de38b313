// Activity imports: preview a chat or comment export, import it in the
// background (its events filtered to the one job), cancel it, list past ones.
import * as Activity from '../../wailsjs/go/app/ActivityAPI'
import { app } from '../../wailsjs/go/models'
import { call } from './errors'
import { JOBS } from './events'
import { runJob, type JobEvent as Event } from './jobs'

export type Preview = app.ActivityPreviewDTO
export type ActivityRecord = app.ActivityRecordDTO
export type Sender = app.SenderDTO
export type Unsettled = app.UnsettledDTO
export type Candidate = app.SenderCandidateDTO
export type SenderCount = app.SenderCountDTO
/** A line of an export that could not be read and was left out, with the reason as a sentence. */
export type LineProblem = app.ActivityProblemDTO
/** Ambiguous sender key -> member id (0: a new member). */
export type Choices = Record<string, number>

/** What an import stored (the "activity:done" event's report). */
export interface Report {
  importId: number
  format: string
  events: number // new events stored
  duplicates: number // events stored by an earlier import
  system: number // system and service messages left out
  skipped: number // messages or lines that could not be read, left out
  problems: LineProblem[] // the first of them
  members: number // distinct senders
  newMembers: number // senders added as members
  ambiguous: number // senders several members could be
  from: string // local wall time "YYYY-MM-DDTHH:MM:SS", "" when no events
  to: string
}

/** A generic CSV's columns (index of each field's column, -1: none). */
export type Columns = app.ChatColumnsDTO

export interface ActivityRequest {
  path: string
  groupId: number // 0: none
  choices: Choices
  columns?: Columns | null // a generic CSV's columns; null: guessed
  platform?: string // a generic CSV's platform for rows without one
}

/** A chat's shape learnt from one message with its name and time marked. */
export type Pattern = app.PastePatternDTO
/** One line of a paste cut where the name and the time were marked. */
export type Sample = app.PasteSampleDTO
/** A line of a paste's preview: a message, or a line left out (skip: why). */
export type PasteRow = app.PasteRowDTO

/** Chat text copied from a chat client and pasted. */
export interface PasteRequest {
  text: string
  day: string // YYYY-MM-DD of messages without a date ("": today)
  pattern: Pattern | null // the shape marked on a sample; null: recognized
  platform: string
  groupId: number
  choices: Choices
}

/** An import's progress (bytes read of the file's size) or end. */
export type JobEvent = Event<{ report: Report }>

/** withLists fills in the lists the backend may send as null. */
function withLists(p: Preview): Preview {
  p.unsettled ??= []
  p.topSenders ??= []
  p.problems ??= []
  p.rows ??= []
  return p
}

/** withProblems passes a job's events on with the done report's problems as a list. */
function withProblems(onEvent: (e: JobEvent) => void): (e: JobEvent) => void {
  return (e) => onEvent(e.type === 'done' ? { ...e, report: { ...e.report, problems: e.report.problems ?? [] } } : e)
}

export const activityApi = {
  /** chooseFile opens the native file dialog: the path, or "" when cancelled. */
  chooseFile: (): Promise<string> => call(() => Activity.ChooseFile()),
  preview: (path: string): Promise<Preview> => call(() => Activity.Preview(path)).then(withLists),
  /** previewMapped reads a generic CSV with the columns and platform chosen in the mapping step. */
  previewMapped: (req: ActivityRequest): Promise<Preview> =>
    call(() => Activity.PreviewMapped(app.ActivityRequestDTO.createFrom(req))).then(withLists),
  /** start imports; onEvent gets this job's events only, even those before Start answers. */
  start: (req: ActivityRequest, onEvent: (e: JobEvent) => void): Promise<string> =>
    runJob<JobEvent>(JOBS.activity, () => call(() => Activity.Start(app.ActivityRequestDTO.createFrom(req))),
      withProblems(onEvent)),
  previewPaste: (req: PasteRequest): Promise<Preview> =>
    call(() => Activity.PreviewPaste(app.PasteRequestDTO.createFrom(req))).then(withLists),
  /** learnPaste derives a chat's shape from a sample line with its name and time marked. */
  learnPaste: (s: Sample): Promise<Pattern> => call(() => Activity.LearnPaste(app.PasteSampleDTO.createFrom(s))),
  /** startPaste stores pasted text like start stores a file. */
  startPaste: (req: PasteRequest, onEvent: (e: JobEvent) => void): Promise<string> =>
    runJob<JobEvent>(JOBS.activity, () => call(() => Activity.StartPaste(app.PasteRequestDTO.createFrom(req))),
      withProblems(onEvent)),
  /** cancel stops a job; it then fails with the code "cancelled" and stores nothing. */
  cancel: (jobId: string): Promise<void> => call(() => Activity.Cancel(jobId)),
  history: (): Promise<ActivityRecord[]> =>
    call(() => Activity.History()).then((rs) => (rs ?? []).map((r) => Object.assign(r, { problems: r.problems ?? [] }))),
}
