// Background jobs (imports, the keyword scan, the sample, re-scoring) report
// through Wails events carrying their job id: listen hears a kind's events,
// runJob hands one job's events to its handler and no other job's.
import { EventsOn } from '../../wailsjs/runtime/runtime'
import { toAppError, type AppError } from './errors'
import type { JobKind } from './events'

/**
 * A job's event: its progress (done of total), or its end: done with the
 * kind's report fields (Done), or failed with the error (code "cancelled"
 * when stopped) and the kind's extra fields (Failed).
 */
export type JobEvent<Done, Failed = object> =
  | { type: 'progress'; done: number; total: number }
  | ({ type: 'done' } & Done)
  | ({ type: 'failed'; error: AppError } & Failed)

export type JobListener<E> = (jobId: string, e: E) => void

interface Progress {
  jobId: string
  done: number
  total: number
}

/** A done or failed event's payload: the job id and the kind's fields. */
interface End {
  jobId: string
  error?: unknown
  [field: string]: unknown
}

/** once makes a stop function safe to call more than once. */
function once(offs: (() => void)[]): () => void {
  let live = true
  return () => {
    if (live) offs.forEach((off) => off())
    live = false
  }
}

/**
 * listen hears every job of a kind until the returned function is called.
 * A done or failed event carries its payload's fields (but the job id), the
 * error made an AppError.
 */
export function listen<E extends JobEvent<object>>(kind: JobKind, handler: JobListener<E>): () => void {
  return once([
    EventsOn(kind.progress, (p: Progress) => handler(p.jobId, { type: 'progress', done: p.done, total: p.total } as E)),
    EventsOn(kind.done, ({ jobId, ...fields }: End) => handler(jobId, { ...fields, type: 'done' } as E)),
    EventsOn(kind.failed, ({ jobId, error, ...fields }: End) =>
      handler(jobId, { ...fields, type: 'failed', error: toAppError(error) } as E)),
  ])
}

/**
 * runJob starts a job of a kind and hands onEvent that job's events only. It
 * listens before starting, so the events of a fast job that arrive before
 * start answers are not lost, and stops listening once the job has ended (or
 * start has failed).
 */
export async function runJob<E extends JobEvent<object>>(
  kind: JobKind, start: () => Promise<string>, onEvent: (e: E) => void,
): Promise<string> {
  let id: string | null = null
  const early: [string, E][] = []
  const deliver: JobListener<E> = (jobId, e) => {
    if (jobId !== id) return
    if (e.type !== 'progress') off()
    onEvent(e)
  }
  const off = listen<E>(kind, (jobId, e) => (id === null ? early.push([jobId, e]) : deliver(jobId, e)))
  try {
    id = await start()
  } catch (e) {
    off()
    throw e
  }
  early.forEach(([jobId, e]) => deliver(jobId, e))
  return id
}
