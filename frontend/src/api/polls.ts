// Polls (选题投票): the editor, the four ways of collecting votes (a typed
// tally, a vote per member, pasted chat, a 接龙 pasted back) and results.
import * as Polls from '../../wailsjs/go/app/PollsAPI'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'

export type Poll = app.PollDTO
export type PollInput = app.PollInput
export type Results = app.ResultsDTO
export type Ballot = app.BallotDTO
export type BallotIn = app.BallotInDTO
export type PastePreview = app.PastePreviewDTO
export type PasteVote = app.PasteVoteDTO
export type VoteSource = 'member' | 'chat' | 'jielong'

const arr = <T>(v: T[] | null | undefined): T[] => v ?? []

function results(r: Results): Results {
  return { ...r, counts: arr(r.counts), poll: { ...r.poll, options: arr(r.poll.options) } } as Results
}

function preview(p: PastePreview): PastePreview {
  return { ...p, votes: arr(p.votes).map((v) => ({ ...v, choices: arr(v.choices), namesakes: arr(v.namesakes) })), unread: arr(p.unread) } as PastePreview
}

export const pollsApi = {
  list: (): Promise<Poll[]> => call(() => Polls.List()).then(arr),
  get: (id: number): Promise<Poll> => call(() => Polls.Get(id)),
  create: (input: PollInput): Promise<Poll> => call(() => Polls.Create(input)),
  update: (id: number, input: PollInput): Promise<Poll> => call(() => Polls.Update(id, input)),
  setStatus: (id: number, status: string): Promise<Poll> => call(() => Polls.SetStatus(id, status)),
  remove: (id: number): Promise<void> => call(() => Polls.Delete(id)),
  results: (id: number): Promise<Results> => call(() => Polls.Results(id)).then(results),
  setTally: (id: number, counts: number[]): Promise<Results> => call(() => Polls.SetTally(id, counts)).then(results),
  cast: (id: number, source: VoteSource, votes: BallotIn[]): Promise<Results> =>
    call(() => Polls.Cast(id, source, votes)).then(results),
  removeVote: (id: number, vote: number): Promise<Results> => call(() => Polls.RemoveVote(id, vote)).then(results),
  ballots: (id: number): Promise<Ballot[]> => call(() => Polls.Ballots(id)).then(arr),
  /** readPaste reads pasted chat lines or a 接龙 against a poll, storing nothing. */
  readPaste: (id: number, text: string): Promise<PastePreview> => call(() => Polls.ReadPaste(id, text)).then(preview),
  jielongText: (id: number, example: string, footer: string): Promise<string> =>
    call(() => Polls.JielongText(id, example, footer)),
}
