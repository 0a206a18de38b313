// The review screen's logic: the week a day is in, the KPIs set against the
// period before, the word colours, the best item and the lift chart.
import { describe, expect, it } from 'vitest'
import { best, compareKpis, itemLabel, liftOption, weekOf, wordTag } from './review'
import type { ReviewItem, ReviewKpis } from '../../api/review'

const kpis = (over: Partial<ReviewKpis>): ReviewKpis => ({
  members: 100, joins: 0, leaves: 0, messages: 0, speakers: 0, reached: 0, messagesPer100: 0, reach: 0,
  participation: 0, silentShare: 0, recorded: true, ...over,
})

const item = (title: string, at: string, lift: number, word: ReviewItem['word']): ReviewItem => ({
  id: 1, title, kind: 'vote', category: 'useful', at, done: false, messagesAfter: 0, speakersAfter: 0, baseline: 0,
  speakersBaseline: 0, lift, word, votes: 0, entrants: 0, jielong: 0,
})

describe('review', () => {
  it('takes the week, Monday to Sunday, holding a day, and the weeks before', () => {
    expect(weekOf(new Date(2026, 2, 4))).toEqual({ from: '2026-03-02', to: '2026-03-08' }) // a Wednesday
    expect(weekOf(new Date(2026, 2, 2))).toEqual({ from: '2026-03-02', to: '2026-03-08' }) // the Monday
    expect(weekOf(new Date(2026, 2, 8, 23, 30))).toEqual({ from: '2026-03-02', to: '2026-03-08' }) // Sunday night
    expect(weekOf(new Date(2026, 2, 4), 1)).toEqual({ from: '2026-02-23', to: '2026-03-01' })
    expect(weekOf(new Date(2027, 0, 1))).toEqual({ from: '2026-12-28', to: '2027-01-03' }) // across the year
  })

  it('sets each KPI against the period before, more silence and more leaving being bad news', () => {
    const rows = compareKpis(kpis({ messagesPer100: 53.6, speakers: 4, reach: 0.5, participation: 0.4, silentShare: 0.3,
      joins: 2, leaves: 3 }), kpis({ messagesPer100: 32.1, speakers: 4, reach: 0.6, participation: 0.3, silentShare: 0.2,
      joins: 1, leaves: 1 }))
    expect(rows.map((r) => [r.key, r.better, r.share])).toEqual([
      ['messages', true, false], ['speakers', null, false], ['reach', false, true], ['participation', true, true],
      ['silent', false, true], ['joins', true, false], ['leaves', false, false],
    ])
    expect(rows[0]).toMatchObject({ now: 53.6, before: 32.1 })
  })

  it('colours the words and finds the best item', () => {
    expect([wordTag('up'), wordTag('flat'), wordTag('none')]).toEqual(['success', 'default', 'warning'])
    const items = [item('投票', '2026-03-02T20:00', 3, 'up'), item('答疑', '2026-03-04T20:00', 4, 'up'),
      item('直播', '2026-03-06T20:00', 0.5, 'none'), item('又一个', '2026-03-07T20:00', 4, 'up')]
    expect(best(items)?.title).toBe('答疑')
    expect(best([])).toBeNull()
    expect(itemLabel(items[1], (d) => (d === '2026-03-04' ? '周三' : '?'))).toBe('周三 20:00 答疑')
  })

  it('draws a bar per item coloured by its word, with the two lines', () => {
    const items = [item('答疑', '2026-03-04T20:00', 4, 'up'), item('直播', '2026-03-06T20:00', 0.46, 'none')]
    const o = liftOption(items, ['周三 答疑', '周五 直播'], 1.3, 0.8, false)
    const s = o.series[0]
    expect(o.yAxis.data).toEqual(['周三 答疑', '周五 直播'])
    expect(s.data.map((d) => d.value)).toEqual([4, 0.5])
    expect(s.data.map((d) => d.itemStyle.color)).toEqual(['#2f9e5b', '#d9870f'])
    expect(s.markLine.data.map((d) => d.xAxis)).toEqual([1.3, 0.8])
    expect(s.label.formatter({ value: 4 })).toBe('×4.0')
  })
})
