import { describe, expect, it } from 'vitest'
import { assign, columnLetter, fieldOf, NOT_MAPPED, toMapping, toModel } from './mapping'

const FIELDS = ['nickname', 'platformId', 'fanLevel', 'ironFan']

describe('columnLetter', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter))
      .toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA'])
  })
})

describe('the mapping model', () => {
  it('lists every field, NOT_MAPPED where the DTO has none, and maps back to the mapped ones only', () => {
    const model = toModel(FIELDS, { nickname: 0, fanLevel: 3 })
    expect(model).toEqual({ nickname: 0, platformId: NOT_MAPPED, fanLevel: 3, ironFan: NOT_MAPPED })
    expect(toMapping(model)).toEqual({ nickname: 0, fanLevel: 3 })
  })

  it('keeps column 0 (a falsy index) mapped', () => {
    expect(toMapping(toModel(FIELDS, { platformId: 0 }))).toEqual({ platformId: 0 })
  })

  it('moves a column from the field holding it to the one it is assigned to', () => {
    const model = toModel(FIELDS, { nickname: 0, platformId: 1 })
    expect(toMapping(assign(model, 'fanLevel', 1))).toEqual({ nickname: 0, fanLevel: 1 })
  })

  it('unmaps a field without touching the others', () => {
    const model = toModel(FIELDS, { nickname: 0, platformId: 1 })
    expect(toMapping(assign(model, 'nickname', NOT_MAPPED))).toEqual({ platformId: 1 })
  })

  it('finds the field a column serves', () => {
    expect(fieldOf({ nickname: 0, platformId: 2 }, 2)).toBe('platformId')
    expect(fieldOf({ nickname: 0 }, 1)).toBe('')
  })
})
