// Every event the backend emits, by name (app/events.go holds the same names).

/** After a backup replaced the data; payload: the backup's name. */
export const RESTORED = 'workspace:restored'

/** A kind of background job's three events (see jobs.ts). */
export interface JobKind {
  progress: string
  done: string
  failed: string
}

/** The seven kinds of background job (events.go: <key>Job). */
export const JOBS = {
  memberImport: { progress: 'import:progress', done: 'import:done', failed: 'import:failed' },
  activity: { progress: 'activity:progress', done: 'activity:done', failed: 'activity:failed' },
  keywordScan: { progress: 'keywords:progress', done: 'keywords:done', failed: 'keywords:failed' },
  sample: { progress: 'sample:progress', done: 'sample:done', failed: 'sample:failed' },
  rescore: { progress: 'tiers:progress', done: 'tiers:done', failed: 'tiers:failed' },
  badges: { progress: 'badges:progress', done: 'badges:done', failed: 'badges:failed' },
  points: { progress: 'points:progress', done: 'points:done', failed: 'points:failed' },
} as const satisfies Record<string, JobKind>
