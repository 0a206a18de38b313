// Points and levels: the rules (the workspace's and each group's
// override), the recompute job, leaderboards with their text to paste,
// levels, a member's breakdown and manual awards.
import * as Points from '../../wailsjs/go/app/PointsAPI'
import { app } from '../../wailsjs/go/models'
import { call } from './errors'
import { JOBS } from './events'
import { runJob, type JobEvent } from './jobs'

type Plain<T> = Omit<T, 'convertValues'>

export type Rules = Plain<app.PointsRuleSetDTO>
export type Override = Plain<app.PointsRuleOverrideDTO>
export type Level = Plain<app.PointsLevelDTO>
export type Period = 'week' | 'month' | 'all'
export interface RulesSet { workspace: Rules; defaults: Rules; overrides: { groupId: number; override: Override }[] }
export type Leaderboard = Plain<app.LeaderboardDTO>
export type BoardRow = app.PointsRowDTO
export type MemberPoints = Plain<app.MemberPointsDTO>
export type Manual = app.ManualDTO
export type ManualInput = app.ManualInputDTO
/** A group's 21-day challenge (the planner's) and its check-in leaderboard. */
export interface Challenge { found: boolean; itemId: number; title: string; board: Plain<app.BoardDTO> }

/** A recompute's progress (done of total = 1000) or end: what it counted. */
export type RecomputeEvent = JobEvent<{ members: number; events: number }>

export const pointsApi = {
  rules: (): Promise<RulesSet> =>
    call(() => Points.Rules()).then((r) => ({ workspace: r.workspace, defaults: r.defaults, overrides: r.overrides ?? [] })),
  /** saveRules stores the workspace's rules (field errors reject) and recomputes, handing onEvent the job's events. */
  saveRules: (r: Rules, onEvent: (e: RecomputeEvent) => void): Promise<string> =>
    runJob<RecomputeEvent>(JOBS.points, () => call(() => Points.SaveRules(r as app.PointsRuleSetDTO)), onEvent),
  /** saveOverride stores a group's override (empty: follow the workspace) and recomputes. */
  saveOverride: (groupId: number, o: Override, onEvent: (e: RecomputeEvent) => void): Promise<string> =>
    runJob<RecomputeEvent>(JOBS.points, () => call(() => Points.SaveOverride(groupId, o as app.PointsRuleOverrideDTO)), onEvent),
  recompute: (onEvent: (e: RecomputeEvent) => void): Promise<string> =>
    runJob<RecomputeEvent>(JOBS.points, () => call(() => Points.StartRecompute()), onEvent),
  cancel: (jobId: string): Promise<void> => call(() => Points.CancelRecompute(jobId)),
  leaderboard: (groupId: number, period: Period, limit: number): Promise<Leaderboard> =>
    call(() => Points.Leaderboard(groupId, period, limit)).then((b) => ({ ...b, rows: b.rows ?? [] })),
  /** challenge is the group's 21-day challenge under way (found false when none) and its check-in leaderboard. */
  challenge: (groupId: number): Promise<Challenge> =>
    call(() => Points.Challenge(groupId)).then((c): Challenge => ({ ...c, board: { ...c.board, rows: c.board.rows ?? [] } })),
  levels: (): Promise<Level[]> => call(() => Points.Levels()).then((l) => l ?? []),
  saveLevels: (levels: Level[]): Promise<void> => call(() => Points.SaveLevels(levels as app.PointsLevelDTO[])),
  levelsText: (): Promise<string> => call(() => Points.LevelsText()),
  award: (input: ManualInput): Promise<Manual> => call(() => Points.Award(input)),
  undo: (id: number): Promise<void> => call(() => Points.Undo(id)),
  member: (memberId: number): Promise<MemberPoints> =>
    call(() => Points.MemberPoints(memberId)).then((m) => ({ ...m, sources: m.sources ?? [], manual: m.manual ?? [] })),
}
