// The planner: a group's week and month, SOP templates, the 7-2-1 gauge,
// what is due today with the texts to paste, and the week's export.
// Times are local wall-clock strings, "2026-03-02T20:00", with no zone.
import * as Planner from '../../wailsjs/go/app/PlannerAPI'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'

type Plain<T> = Omit<T, 'convertValues'>

export type PlanItem = Plain<app.PlanItemDTO>
export type PlanItemInput = Plain<app.PlanItemInput>
export type Mix = app.MixDTO
export type Recurrence = app.RecurrenceDTO
export interface PlanWeek { start: string; items: PlanItem[]; mix: Mix }
export interface Due { item: PlanItem; text: string }
export type ApplyTemplateInput = app.ApplyTemplateInput
export type Step = app.StepDTO
export type Proposal = app.ProposalDTO
export type ViolationInput = app.ViolationInputDTO
export type Violation = app.ViolationDTO
export interface Logged { violation: Violation; proposal: Proposal }
export type AdminInput = app.AdminInputDTO
export type Admin = Plain<app.AdminDTO>
export type Candidate = app.CandidateDTO
export type Promotion = app.PromotionDTO
export type Board = Plain<app.BoardDTO>
export type Topic = app.TopicDTO
export type TierRhythm = app.TierRhythmDTO
export interface Rhythm { start: string; tiers: TierRhythm[]; segments: number; whole: number }
export type RhythmSettings = app.RhythmSettingsDTO

const arr = <T>(v: T[] | null | undefined): T[] => v ?? []
const item = (it: app.PlanItemDTO | PlanItem): PlanItem => ({ ...it, checklist: arr(it.checklist) })
const items = (list: app.PlanItemDTO[] | null): PlanItem[] => arr(list).map(item)
const wire = (input: PlanItemInput) => input as app.PlanItemInput

export const ONCE: Recurrence = { freq: '', interval: 0, weekdays: [], count: 0, until: '', nth: 0, weekday: 0, monthDay: 0 }

export const plannerApi = {
  week: (day: string, groupId: number): Promise<PlanWeek> =>
    call(() => Planner.Week(day, groupId)).then((w): PlanWeek => ({ start: w.start, items: items(w.items), mix: w.mix })),
  range: (from: string, to: string, groupId: number): Promise<PlanItem[]> => call(() => Planner.Range(from, to, groupId)).then(items),
  create: (input: PlanItemInput, rec: Recurrence = ONCE): Promise<PlanItem[]> => call(() => Planner.Create(wire(input), rec)).then(items),
  update: (id: number, input: PlanItemInput): Promise<PlanItem> => call(() => Planner.Update(id, wire(input))).then(item),
  move: (id: number, start: string, minutes: number): Promise<PlanItem> => call(() => Planner.Move(id, start, minutes)).then(item),
  duplicate: (id: number, start: string): Promise<PlanItem> => call(() => Planner.Duplicate(id, start)).then(item),
  setDone: (id: number, done: boolean): Promise<PlanItem> => call(() => Planner.SetDone(id, done)).then(item),
  remove: (id: number, series: boolean): Promise<number> => call(() => Planner.Delete(id, series)),
  templates: (): Promise<string[]> => call(() => Planner.Templates()).then(arr),
  kinds: (): Promise<Record<string, string>> => call(() => Planner.Kinds()),
  applyTemplate: (input: ApplyTemplateInput): Promise<PlanItem[]> => call(() => Planner.ApplyTemplate(input)).then(items),
  today: (): Promise<Due[]> => call(() => Planner.Today()).then((d) => arr(d).map((x): Due => ({ text: x.text, item: item(x.item) }))),
  todayDate: (): Promise<string> => call(() => Planner.TodayDate()),
  weekText: (day: string, groupId: number): Promise<string> => call(() => Planner.WeekText(day, groupId)),
  /** savePng saves the week's picture; the path written, or "" when cancelled. */
  savePng: (dataUrl: string, title: string): Promise<string> => call(() => Planner.SavePNG(dataUrl, title)),

  rules: (groupId: number): Promise<string[]> => call(() => Planner.Rules(groupId)).then(arr),
  saveRules: (groupId: number, rules: string[]): Promise<string[]> => call(() => Planner.SaveRules(groupId, rules)).then(arr),
  ladder: (groupId: number): Promise<Step[]> => call(() => Planner.Ladder(groupId)).then(arr),
  saveLadder: (groupId: number, steps: Step[]): Promise<void> => call(() => Planner.SaveLadder(groupId, steps)),
  propose: (groupId: number, memberId: number, rule: string): Promise<Proposal> => call(() => Planner.Propose(groupId, memberId, rule)),
  logViolation: (input: ViolationInput): Promise<Logged> =>
    call(() => Planner.LogViolation(input)).then((l): Logged => ({ violation: l.violation, proposal: l.proposal })),
  /** deleteViolation takes a violation back; a keyword hit it came from goes back to pending. */
  deleteViolation: (id: number): Promise<void> => call(() => Planner.DeleteViolation(id)),
  violations: (groupId: number, memberId: number): Promise<Violation[]> => call(() => Planner.Violations(groupId, memberId)).then(arr),

  admins: (): Promise<Admin[]> => call(() => Planner.Admins()).then(arr),
  saveAdmin: (id: number, input: AdminInput): Promise<number> => call(() => Planner.SaveAdmin(id, input)),
  deleteAdmin: (id: number): Promise<void> => call(() => Planner.DeleteAdmin(id)),
  setCare: (adminId: number, memberIds: number[]): Promise<void> => call(() => Planner.SetCare(adminId, memberIds)),
  care: (adminId: number): Promise<number[]> => call(() => Planner.Care(adminId)).then(arr),
  candidates: (groupId: number): Promise<Candidate[]> => call(() => Planner.Candidates(groupId)).then(arr),
  promote: (p: Promotion): Promise<number> => call(() => Planner.Promote(p)),
  topicKinds: (): Promise<string[]> => call(() => Planner.TopicKinds()).then(arr),
  topics: (groupId: number): Promise<Topic[]> => call(() => Planner.Topics(groupId)).then(arr),
  addTopic: (groupId: number, kind: string, text: string): Promise<Topic> => call(() => Planner.AddTopic(groupId, kind, text)),
  deleteTopic: (id: number): Promise<void> => call(() => Planner.DeleteTopic(id)),
  reuseTopic: (id: number): Promise<Topic> => call(() => Planner.ReuseTopic(id)),
  /** nextTopic is a new item filled from the group's next unused topic of kind, on day at 20:00. */
  nextTopic: (groupId: number, kind: string, day: string): Promise<PlanItemInput> =>
    call(() => Planner.NextTopic(groupId, kind, day)).then((it) => ({ ...it, checklist: arr(it.checklist) })),
  rhythm: (day: string, groupId: number): Promise<Rhythm> =>
    call(() => Planner.Rhythm(day, groupId)).then((r): Rhythm => ({ ...r, tiers: arr(r.tiers).map((x) => ({ ...x, perDay: arr(x.perDay) })) })),
  rhythmSettings: (): Promise<RhythmSettings> => call(() => Planner.RhythmSettings()),
  saveRhythmSettings: (s: RhythmSettings): Promise<RhythmSettings> => call(() => Planner.SaveRhythmSettings(s)),
  leaderboard: (itemId: number): Promise<Board> => call(() => Planner.Leaderboard(itemId)).then((b): Board => ({ ...b, rows: arr(b.rows) })),
}

