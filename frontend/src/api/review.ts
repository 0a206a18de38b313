// The weekly review (复盘): a group's period against what was planned —
// each item with the messages and speakers in the hours after it against
// its 4-week baseline, the KPIs against the period before, the 7-2-1 mix
// planned and done, and suggestions worded from the numbers.
import * as Review from '../../wailsjs/go/app/ReviewAPI'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'

export type ReviewWord = 'up' | 'flat' | 'none'

export interface ReviewItem {
  id: number
  title: string
  kind: string
  category: string
  at: string // wall clock, YYYY-MM-DDTHH:MM
  done: boolean
  messagesAfter: number
  speakersAfter: number
  baseline: number
  speakersBaseline: number
  lift: number
  word: ReviewWord
  votes: number
  entrants: number
  jielong: number
}

export interface ReviewKpis {
  members: number
  joins: number
  leaves: number
  messages: number
  speakers: number
  reached: number
  messagesPer100: number
  reach: number // 0–1
  participation: number // 0–1
  silentShare: number // 0–1
  recorded: boolean
}

export interface ReviewMix {
  useful: number
  emotional: number
  marketing: number
  total: number
  marketingShare: number // tenths of a percent
  warn: boolean
}

export interface ReviewMember {
  memberId: number
  nickname: string
  messages: number
  messagesBefore: number
}

/** A member who entered or left a list. */
export interface ReviewListed {
  memberId: number
  nickname: string
}

/** Who entered and left a list in the period; known is false (the lists empty) when no record reaches back to its start. */
export interface ReviewListChanges {
  known: boolean
  since: string // YYYY-MM-DD the record starts from, '' the beginning
  entered: ReviewListed[]
  left: ReviewListed[]
  enteredCount: number
  leftCount: number
}

export interface ReviewSettings {
  hours: number
  upPct: number
  lowPct: number
}

export interface ReviewData {
  groupId: number
  from: string
  to: string
  settings: ReviewSettings
  items: ReviewItem[]
  kpis: ReviewKpis
  previous: ReviewKpis
  planned: ReviewMix
  done: ReviewMix
  koc: ReviewMember[]
  slipping: ReviewMember[]
  kocChanges: ReviewListChanges
  slippingChanges: ReviewListChanges
  suggestions: string[]
}

/** listChanges fills in what the backend may send as null (no changes sent: none known). */
function listChanges(c: app.ListChangesDTO | null | undefined): ReviewListChanges {
  if (!c) return { known: false, since: '', entered: [], left: [], enteredCount: 0, leftCount: 0 }
  return { ...c, entered: c.entered ?? [], left: c.left ?? [] }
}

/** fromDTO fills in what the backend may send as null. */
export function fromDTO(d: app.ReviewDTO): ReviewData {
  return {
    ...d,
    items: (d.items ?? []).map((it) => ({ ...it, word: it.word as ReviewWord })),
    koc: d.koc ?? [],
    slipping: d.slipping ?? [],
    kocChanges: listChanges(d.kocChanges),
    slippingChanges: listChanges(d.slippingChanges),
    suggestions: d.suggestions ?? [],
  }
}

export const reviewApi = {
  /** get reviews a group from from to to, YYYY-MM-DD, to inclusive. */
  get: (groupId: number, from: string, to: string): Promise<ReviewData> =>
    call(() => Review.Get(groupId, from, to)).then(fromDTO),
  /** text is the review as plain text to paste. */
  text: (groupId: number, from: string, to: string): Promise<string> => call(() => Review.Text(groupId, from, to)),
  settings: (): Promise<ReviewSettings> => call(() => Review.Settings()),
  saveSettings: (s: ReviewSettings): Promise<ReviewSettings> =>
    call(() => Review.SaveSettings(s as app.ReviewSettingsDTO)),
}
