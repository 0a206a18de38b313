import { describe, expect, it } from 'vitest'
import { DEFAULT_COLUMNS, loadColumns, saveColumns } from './columns'

function memory(value: string | null) {
  const store = { value }
  return { getItem: () => store.value, setItem: (_: string, v: string) => { store.value = v }, store }
}

describe('chosen columns', () => {
  it('defaults when nothing (or nonsense) is saved', () => {
    expect(loadColumns(memory(null))).toEqual(DEFAULT_COLUMNS)
    expect(loadColumns(memory('{oops'))).toEqual(DEFAULT_COLUMNS)
    expect(loadColumns(memory('"remark"'))).toEqual(DEFAULT_COLUMNS)
  })

  it('round-trips in table order, drops unknown names and always keeps the nickname', () => {
    const s = memory(null)
    saveColumns(['tags', 'createdAt', 'platform'], s)
    expect(loadColumns(s)).toEqual(['nickname', 'platform', 'tags', 'createdAt'])
    expect(loadColumns(memory('["bogus","remark"]'))).toEqual(['nickname', 'remark'])
  })
})
