import { describe, expect, it } from 'vitest'
import { lanes } from './lanes'
import type { PlanItem } from '../../api/planner'

const it_ = (id: number, start: string, minutes: number) => ({ id, start, minutes }) as PlanItem

describe('lanes', () => {
  it('puts overlapping items side by side and lone ones full width', () => {
    const got = lanes([it_(1, '2026-03-02T20:00', 30), it_(2, '2026-03-02T20:10', 10), it_(3, '2026-03-02T20:25', 30), it_(4, '2026-03-02T22:00', 15)])
    expect(got.map((p) => [p.item.id, p.lane, p.lanes])).toEqual([[1, 0, 2], [2, 1, 2], [3, 1, 2], [4, 0, 1]])
  })
})
