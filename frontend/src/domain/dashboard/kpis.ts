// The dashboard's KPIs against the seeds' healthy lines, and the numbers
// its charts draw: members per day from the joins and leaves.
import type { DashboardData, DashboardDay } from '../../api/dashboard'
import { judged, type Kpi as Judged } from '../period/period'

export type KpiKey = 'messages' | 'reach' | 'participation' | 'silent' | 'members'
export type { KpiStatus } from '../period/period'
export type Kpi = Judged<KpiKey>

/** kpisOf scores the dashboard: the four judged KPIs, then the member count.
 *  Before any chat export is on record there is no activity to judge. */
export function kpisOf(d: DashboardData): Kpi[] {
  const th = d.thresholds
  const judge = d.recorded && d.members > 0
  return [
    judged('messages', d.messagesPer100, th.messagesPer100, 'above', judge),
    judged('reach', d.reach, th.reach, 'above', judge),
    judged('participation', d.participation, th.participation, 'above', judge),
    judged('silent', d.silentShare, th.silentShare, 'below', judge),
    { key: 'members', value: d.members, status: 'info' },
  ]
}

/** growth is the change in members over the period, and as a share of the start (null from zero). */
export function growth(d: Pick<DashboardData, 'members' | 'membersBefore'>): { change: number; share: number | null } {
  const change = d.members - d.membersBefore
  return { change, share: d.membersBefore > 0 ? change / d.membersBefore : null }
}

/** membersPerDay is the member count at each day's end, from the start and each day's joins and leaves. */
export function membersPerDay(start: number, days: readonly DashboardDay[]): number[] {
  let n = start
  return days.map((d) => (n += d.joins - d.leaves))
}

export const FUNNEL_STEPS = ['invited', 'sent', 'joined', 'active', 'core'] as const
export type FunnelStep = (typeof FUNNEL_STEPS)[number]

/** funnelRates is each step's count and its share of the step before (null for the first or after zero). */
export function funnelRates(f: DashboardData['funnel']): { step: FunnelStep; count: number; rate: number | null }[] {
  return FUNNEL_STEPS.map((step, i) => {
    const prev = i ? f[FUNNEL_STEPS[i - 1]] : 0
    return { step, count: f[step], rate: i && prev ? f[step] / prev : null }
  })
}
