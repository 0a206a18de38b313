// Background jobs (imports of member lists and of activity) report through
// Wails events carrying their job id; runJob hands one job's events to its
// handler and no other job's.

/** A job's end or progress, as the feature's wrapper maps it. */
export interface JobEventBase {
  type: 'progress' | 'done' | 'failed'
}

export type JobListener<E> = (jobId: string, e: E) => void

/** listen subscribes to every job's events of a kind; the returned function stops it (once). */
export type Listen<E> = (handler: JobListener<E>) => () => void

/** once makes a stop function safe to call more than once. */
export function once(offs: (() => void)[]): () => void {
  let live = true
  return () => {
    if (live) offs.forEach((off) => off())
    live = false
  }
}

/**
 * runJob starts a job and hands onEvent that job's events only. It listens
 * before starting, so the events of a fast job that arrive before start
 * answers are not lost, and stops listening once the job has ended (or
 * start has failed).
 */
export async function runJob<E extends JobEventBase>(
  listen: Listen<E>, start: () => Promise<string>, onEvent: (e: E) => void,
): Promise<string> {
  let id: string | null = null
  const early: [string, E][] = []
  const deliver: JobListener<E> = (jobId, e) => {
    if (jobId !== id) return
    if (e.type !== 'progress') off()
    onEvent(e)
  }
  const off = listen((jobId, e) => (id === null ? early.push([jobId, e]) : deliver(jobId, e)))
  try {
    id = await start()
  } catch (e) {
    off()
    throw e
  }
  early.forEach(([jobId, e]) => deliver(jobId, e))
  return id
}
