import { describe, expect, it } from 'vitest'
import { pieces } from './marks'

const span = (start: number, end: number, level = 'warning') => ({ start, end, level, message: 'm' })

describe('pieces', () => {
  it('cuts the text at the spans, in order', () => {
    const got = pieces('嗨 {昵称} 最好的群', [span(7, 9), span(2, 6, 'error')])
    expect(got.map((p) => [p.text, p.mark?.level ?? ''])).toEqual([
      ['嗨 ', ''], ['{昵称}', 'error'], [' ', ''], ['最好', 'warning'], ['的群', ''],
    ])
  })

  it('counts UTF-16 units, so an emoji before a mark keeps it in place', () => {
    const text = '😀最'
    expect(pieces(text, [span(2, 3)]).map((p) => p.text)).toEqual(['😀', '最'])
  })

  it('drops empty and overlapping spans and clamps the end', () => {
    const got = pieces('abcdef', [span(1, 4), span(2, 3), span(5, 5), span(5, 99)])
    expect(got.map((p) => p.text)).toEqual(['a', 'bcd', 'e', 'f'])
    expect(got.filter((p) => p.mark).length).toBe(2)
  })
})
