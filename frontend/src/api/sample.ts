// "Try with sample data": whether the database is still empty enough, and
// making the demo workspace as a background job (its events filtered to the
// one job) that can be cancelled; failed or cancelled, it keeps nothing.
import * as Sample from '../../wailsjs/go/app/SampleAPI'
import { call } from './errors'
import { JOBS } from './events'
import { runJob, type JobEvent } from './jobs'

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
export type SampleEvent = JobEvent<{ report: SampleReport }>

export const sampleApi = {
  /** canCreate: the database holds no groups and no members yet. */
  canCreate: (): Promise<boolean> => call(() => Sample.CanCreate()),
  /** start makes the demo workspace in the background, handing onEvent its progress and end. */
  start: (onEvent: (e: SampleEvent) => void): Promise<string> =>
    runJob(JOBS.sample, () => call(() => Sample.Start()), onEvent),
  /** cancel stops a job; it then fails with the code "cancelled" and keeps nothing. */
  cancel: (jobId: string): Promise<void> => call(() => Sample.Cancel(jobId)),
}
