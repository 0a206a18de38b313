// The shop funnel's text, chart option and example table.
import { describe, expect, it } from 'vitest'
import { exampleTable, funnelOption, funnelText, rateText, type FunnelFormat } from './funnel'
import type { FunnelData } from '../../api/funnel'

// A stand-in catalogue: each key's last part, then its parameters in order.
const t = (key: string, params: Record<string, unknown> = {}) =>
  [key.split('.').pop(), ...Object.values(params)].join(' ')
const f: FunnelFormat = { t, pct: (s) => `${(s * 100).toFixed(1)}%`, num: (n) => String(n) }

const data: FunnelData = {
  groupId: 1, from: '2026-11-01', to: '2026-11-30', trustDays: 15, recorded: true,
  steps: [
    { kind: 'click', events: 6, members: 5, value: 0, rate: null },
    { kind: 'inquiry', events: 3, members: 3, value: 0, rate: 0.6 },
    { kind: 'purchase', events: 6, members: 5, value: 409.5, rate: 5 / 3 },
  ],
  overall: 1, revenue: 409.5, byTier: [], flagged: [], flaggedTotal: 2,
}

describe('funnel', () => {
  it('writes the funnel as text: each step with its rate, the overall rate and revenue, the flagged count', () => {
    expect(funnelText(data, '店铺群', f).split('\n')).toEqual([
      'text_title 店铺群 2026-11-01 2026-11-30',
      'text_step step_click 6 5',
      'text_step step_inquiry 3 3text_rate 60.0%',
      'text_step step_purchase 6 5text_rate 166.7%',
      'text_total 100.0% 409.5',
      'text_flagged 15 2',
    ])
  })

  it('shows a dash for a rate without a base', () => {
    expect(rateText(f, null)).toBe('—')
    expect(funnelText({ ...data, overall: null }, 'x', f).split('\n')[4]).toBe('text_total — 409.5')
  })

  it('draws the steps in order, as wide as their members, scaled to the widest', () => {
    const o = funnelOption(data.steps, f, false)
    const s = o.series[0]
    expect([s.sort, s.min, s.max]).toEqual(['none', 0, 5])
    expect(s.data.map((d) => [d.name, d.value, d.label.formatter])).toEqual([
      ['step_click', 5, 'step_click people 5'], ['step_inquiry', 3, 'step_inquiry people 3'],
      ['step_purchase', 5, 'step_purchase people 5'],
    ])
    expect(funnelOption([], f, true).series[0].max).toBe(1) // nothing: no division by zero
  })

  it('splits the example CSV into a table', () => {
    expect(exampleTable('昵称,时间,类型,金额\n小林,2026-11-05,点击,\n\n小林,2026-11-19,购买,199\n')).toEqual({
      header: ['昵称', '时间', '类型', '金额'],
      rows: [['小林', '2026-11-05', '点击', ''], ['小林', '2026-11-19', '购买', '199']],
    })
  })
})
