import { afterEach, describe, expect, it } from 'vitest'
import { preserveStructuredErrors } from './transport'

type W = { wails?: { Callback: (s: string) => void; qunzhuErrorsPreserved?: boolean } }

describe('preserveStructuredErrors', () => {
  afterEach(() => { delete (window as unknown as W).wails })

  it('re-encodes an object error as JSON text and passes other messages through', () => {
    const seen: string[] = []
    ;(window as unknown as W).wails = { Callback: (s) => seen.push(s) }
    preserveStructuredErrors()
    preserveStructuredErrors() // idempotent: wraps once
    const w = (window as unknown as W).wails!
    w.Callback(JSON.stringify({ callbackid: 'a', error: { code: 'invalid', key: 'k' } }))
    w.Callback(JSON.stringify({ callbackid: 'b', error: 'plain', result: null }))
    w.Callback(JSON.stringify({ callbackid: 'c', result: [1] }))
    expect(seen).toHaveLength(3)
    expect(JSON.parse(JSON.parse(seen[0]).error)).toEqual({ code: 'invalid', key: 'k' })
    expect(JSON.parse(seen[1]).error).toBe('plain')
    expect(JSON.parse(seen[2]).result).toEqual([1])
  })

  it('does nothing outside Wails', () => {
    expect(() => preserveStructuredErrors()).not.toThrow()
  })
})
