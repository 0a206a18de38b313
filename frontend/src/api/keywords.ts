// Keyword watch: the watch list (seeded with the curated defaults on first
// use), its hits in imported messages, and the background scan that brings
// the hits up to date (its events filtered to the one job).
import * as Keywords from '../../wailsjs/go/app/KeywordsAPI'
import { app } from '../../wailsjs/go/models'
import { call } from './errors'
import { JOBS } from './events'
import { runJob, type JobEvent } from './jobs'

export const CATEGORIES = ['negative', 'competitor', 'adlaw', 'custom'] as const
export type Category = (typeof CATEGORIES)[number]
/** The three response levels: 1 notice, 2 warn, 3 act. */
export const SEVERITIES = [1, 2, 3] as const
export const LEVELS: Record<number, string> = { 1: 'notice', 2: 'warn', 3: 'act' }

/** A hit's response: pending, then noted / reminded / handled, as its word's level suggests. */
export const STATES = ['pending', 'noted', 'reminded', 'handled'] as const
export type HitState = (typeof STATES)[number]

export type Word = app.WatchWordDTO
export interface WordInput {
  text: string
  category: string
  severity: number
  note: string
}

/** Which hits to list; zero values mean any. Dates are YYYY-MM-DD, to inclusive. */
export interface HitFilter {
  groupId: number
  category: string
  severity: number
  wordId: number
  memberId: number
  state: string // a HitState, '' for any
  from: string
  to: string
}

export const EMPTY_FILTER: HitFilter = { groupId: 0, category: '', severity: 0, wordId: 0, memberId: 0, state: '', from: '', to: '' }

export type Hit = app.HitDTO

export interface HitPage {
  hits: Hit[]
  total: number
  counts: Record<number, number> // word id -> hits, ignoring the word and category filters
  categories: Record<string, number> // likewise per category
  all: number
  stale: boolean // the list changed since the last scan
}

/** A scan's progress or end: done tells whether it scanned every message, how many and the hits. */
export type ScanEvent = JobEvent<{ full: boolean; events: number; hits: number }>

function fromDTO(p: app.HitPageDTO): HitPage {
  return { hits: p.hits ?? [], total: p.total, counts: p.counts ?? {}, categories: p.categories ?? {},
    all: p.all, stale: p.stale }
}

const input = (w: WordInput) => app.WatchWordInputDTO.createFrom(w)

export const keywordsApi = {
  words: (): Promise<Word[]> => call(() => Keywords.Words()).then((ws) => ws ?? []),
  add: (w: WordInput): Promise<Word> => call(() => Keywords.AddWord(input(w))),
  update: (id: number, w: WordInput): Promise<Word> => call(() => Keywords.UpdateWord(id, input(w))),
  remove: (id: number): Promise<void> => call(() => Keywords.DeleteWord(id)),
  /** restoreDefaults adds the missing default words back and returns how many. */
  restoreDefaults: (): Promise<number> => call(() => Keywords.RestoreDefaults()),
  hits: (f: HitFilter, offset: number, limit: number): Promise<HitPage> =>
    call(() => Keywords.Hits(app.HitFilterDTO.createFrom({ ...f, offset, limit }))).then(fromDTO),
  /** setState records a hit's response; the hit is its message and word, so the state outlives rescans. */
  setState: (eventId: number, wordId: number, state: HitState): Promise<void> =>
    call(() => Keywords.SetHitState(eventId, wordId, state)),
  /** scan starts a scan; onEvent gets this job's events only. */
  scan: (onEvent: (e: ScanEvent) => void): Promise<string> => runJob(JOBS.keywordScan, () => call(() => Keywords.StartScan()), onEvent),
  /** cancelScan stops a scan; it then fails as "cancelled" and the hits stay as they were. */
  cancelScan: (jobId: string): Promise<void> => call(() => Keywords.CancelScan(jobId)),
}
