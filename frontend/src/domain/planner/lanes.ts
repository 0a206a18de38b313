// Side-by-side lanes for items that overlap in a day column.
import type { PlanItem } from '../../api/planner'
import { minutesOf } from './wall'

export interface Placed { item: PlanItem; lane: number; lanes: number }

/** lanes puts each item in the first free lane; overlapping items share their cluster's lane count. */
export function lanes(items: PlanItem[]): Placed[] {
  const sorted = [...items].sort((a, b) => a.start.localeCompare(b.start) || a.id - b.id)
  const out: Placed[] = []
  let cluster: Placed[] = []
  let clusterEnd = -1
  let ends: number[] = []
  const close = () => {
    const n = ends.length
    cluster.forEach((p) => { p.lanes = n })
    cluster = []
    ends = []
  }
  for (const item of sorted) {
    const from = minutesOf(item.start)
    const to = from + Math.max(item.minutes, 15)
    if (from >= clusterEnd) close()
    let lane = ends.findIndex((e) => e <= from)
    if (lane < 0) lane = ends.push(to) - 1
    else ends[lane] = to
    const p = { item, lane, lanes: 1 }
    cluster.push(p)
    out.push(p)
    clusterEnd = Math.max(clusterEnd, to)
  }
  close()
  return out
}
