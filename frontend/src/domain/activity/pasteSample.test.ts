import { describe, expect, it } from 'vitest'
import { cutSample, sampleLine, spanText, todayISO } from './pasteSample'

describe('pasteSample', () => {
  const line = '<<小鹿🦌>> @ 20:01 | 今晚直播'
  const name = { start: 2, end: 2 + '小鹿🦌'.length }
  const time = { start: line.indexOf('20:01'), end: line.indexOf('20:01') + 5 }

  it('takes the first line with text as the sample', () => {
    const cases: [string, string][] = [['\n\n  阿泽 20:01 \n你好', '阿泽 20:01'], ['', ''], ['\r\n x: y\r\n', 'x: y']]
    for (const [text, want] of cases) expect(sampleLine(text)).toBe(want)
  })

  it('cuts a line at the marked name and time, emoji included', () => {
    expect(spanText(line, name)).toBe('小鹿🦌')
    expect(cutSample(line, name, time)).toEqual({
      before: '<<', name: '小鹿🦌', between: '>> @ ', time: '20:01', after: ' | 今晚直播', timeFirst: false,
    })
  })

  it('knows when the time comes first', () => {
    const l = '20:01 阿泽：你好'
    expect(cutSample(l, { start: 6, end: 8 }, { start: 0, end: 5 })).toEqual({
      before: '', name: '阿泽', between: ' ', time: '20:01', after: '：你好', timeFirst: true,
    })
  })

  it('refuses a missing, empty or overlapping mark', () => {
    const cases = [[null, time], [name, null], [{ start: 3, end: 3 }, time], [name, { start: 3, end: 9 }]] as const
    for (const [n, t] of cases) expect(cutSample(line, n, t)).toBeNull()
  })

  it('writes today as YYYY-MM-DD', () => {
    expect(todayISO(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })
})
