// "Try with sample data": whether the database is still empty enough, and
// making the demo workspace as a background job that can be cancelled.
import { defineStore } from 'pinia'
import { sampleApi, type SampleEvent } from '../api/sample'

export const useSampleStore = defineStore('sample', () => {
  /** canCreate: the database holds no groups and no members yet. */
  const canCreate = (): Promise<boolean> => sampleApi.canCreate()
  /** start makes the demo workspace in the background, handing onEvent its progress and end; it answers the job's id. */
  const start = (onEvent: (e: SampleEvent) => void): Promise<string> => sampleApi.start(onEvent)
  /** cancel stops the job; it then fails with the code "cancelled" and keeps nothing. */
  const cancel = (jobId: string): Promise<void> => sampleApi.cancel(jobId)
  return { canCreate, start, cancel }
})
