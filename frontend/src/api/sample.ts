// "Try with sample data": whether the database is still empty enough, and
// making the demo workspace as a background job (its events filtered to the
// one job) that can be cancelled; failed or cancelled, it keeps nothing.
import * as Sample from '../../wailsjs/go/app/SampleAPI'
import { EventsOn } from '../../wailsjs/runtime/runtime'
import { call, toAppError, type AppError } from './errors'
import { once, runJob, type JobListener } from './jobs'

/** What the sample made (the "sample:done" event's report). */
export interface SampleReport {
  groups: number
  members: number
  events: number
  polls: number
  lotteries: number
  invitations: number
  planItems: number
  admins: number
  violations: number
}

/** A sample job's progress (done of total) or end. */
export type SampleEvent =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; report: SampleReport }
  | { type: 'failed'; error: AppError }

interface Payload {
  jobId: string
  done: number
  total: number
  report: SampleReport
  error: unknown
}

function listen(handler: JobListener<SampleEvent>): () => void {
  return once([
    EventsOn('sample:progress', (p: Payload) => handler(p.jobId, { type: 'progress', done: p.done, total: p.total })),
    EventsOn('sample:done', (p: Payload) => handler(p.jobId, { type: 'done', report: p.report })),
    EventsOn('sample:failed', (p: Payload) => handler(p.jobId, { type: 'failed', error: toAppError(p.error) })),
  ])
}

export const sampleApi = {
  /** canCreate: the database holds no groups and no members yet. */
  canCreate: (): Promise<boolean> => call(() => Sample.CanCreate()),
  /** start makes the demo workspace in the background, handing onEvent its progress and end. */
  start: (onEvent: (e: SampleEvent) => void): Promise<string> =>
    runJob(listen, () => call(() => Sample.Start()), onEvent),
  /** cancel stops a job; it then fails with the code "cancelled" and keeps nothing. */
  cancel: (jobId: string): Promise<void> => call(() => Sample.Cancel(jobId)),
}
