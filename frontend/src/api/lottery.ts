// Lotteries (抽奖): entrants, the frozen list, the RFC 3797 draw, alternates
// and redraws, the certificate and the entrant list a fan recomputes from.
import * as Lottery from '../../wailsjs/go/app/LotteryAPI'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'

export type Entry = app.EntryDTO
export type Entrants = app.EntrantsDTO
export type Setup = app.SetupDTO
export type Draw = app.LotteryDTO
export type Pick = app.PickDTO
export type Tier = app.LotteryTierDTO
export type Source = app.LotterySourceDTO
export type Replacement = app.LotteryReplacementDTO

const arr = <T>(v: T[] | null | undefined): T[] => v ?? []

function draw(d: Draw): Draw {
  return {
    ...d, sources: arr(d.sources), tiers: arr(d.tiers), winners: arr(d.winners),
    alternatesDrawn: arr(d.alternatesDrawn), replacements: arr(d.replacements),
  } as Draw
}

export const emptyEntry = (): Entry => ({
  from: 'members', segmentId: 0, groupId: 0, tiers: [], pollId: 0, text: '', path: '', keyword: '', minMentions: 0,
  after: '', before: '', minDays: 0, minLevel: 0, ironOnly: false, excludeWonDays: 0,
  weightDays: 0, weightCheckins: 0, weightTimes: 0,
})

export const lotteryApi = {
  list: (): Promise<Draw[]> => call(() => Lottery.List()).then((l) => arr(l).map(draw)),
  get: (id: number): Promise<Draw> => call(() => Lottery.Get(id)).then(draw),
  preview: (entry: Entry): Promise<Entrants> => call(() => Lottery.Preview(entry)).then((e) =>
    ({ ...e, people: arr(e.people), unread: arr(e.unread), ambiguous: arr(e.ambiguous), excluded: e.excluded ?? {} }) as Entrants),
  freeze: (setup: Setup): Promise<Draw> => call(() => Lottery.Freeze(setup)).then(draw),
  draw: (id: number, values: string[]): Promise<Draw> => call(() => Lottery.Draw(id, values)).then(draw),
  replace: (id: number, order: number, reason: string): Promise<Draw> =>
    call(() => Lottery.Replace(id, order, reason)).then(draw),
  redraw: (id: number, reason: string, sources: string[], mode: string, excludeWinners: boolean): Promise<Draw> =>
    call(() => Lottery.Redraw(id, reason, sources, mode, excludeWinners)).then(draw),
  names: (id: number, limit: number): Promise<string[]> => call(() => Lottery.Names(id, limit)).then(arr),
  certificateJson: (id: number): Promise<string> => call(() => Lottery.CertificateJSON(id)),
  /** The save* calls answer the path written, or "" when the dialog was cancelled. */
  saveCertificate: (id: number): Promise<string> => call(() => Lottery.SaveCertificate(id)),
  saveEntrants: (id: number): Promise<string> => call(() => Lottery.SaveEntrants(id)),
  saveCertificatePng: (id: number, dataUrl: string): Promise<string> => call(() => Lottery.SaveCertificatePNG(id, dataUrl)),
  chooseDouyinExport: (): Promise<string> => call(() => Lottery.ChooseDouyinExport()),
}
