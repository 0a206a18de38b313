import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppError, call, toAppError } from './errors'

const dto = {
  code: 'invalid',
  key: 'err.invalid_input',
  params: {},
  message: 'Some fields need fixing.',
  fields: { name: { key: 'err.field.too_long', params: { Max: 60 }, message: 'At most 60 characters.' } },
}

describe('toAppError', () => {
  it('keeps an ErrorDTO object as it is, fields included', () => {
    const e = toAppError(dto)
    expect(e).toBeInstanceOf(AppError)
    expect(e.code).toBe('invalid')
    expect(e.key).toBe('err.invalid_input')
    expect(e.message).toBe('Some fields need fixing.')
    expect(e.fields.name).toEqual({ key: 'err.field.too_long', params: { Max: 60 }, message: 'At most 60 characters.' })
  })

  it('reads the DTO back from an Error whose message is its JSON (Wails wraps rejections in Error)', () => {
    const e = toAppError(new Error(JSON.stringify(dto)))
    expect(e.code).toBe('invalid')
    expect(e.fields.name.params).toEqual({ Max: 60 })
  })

  it('turns a plain string rejection into an internal error keeping the text', () => {
    const e = toAppError('error parsing arguments: bad')
    expect(e.code).toBe('internal')
    expect(e.key).toBe('err.internal')
    expect(e.message).toBe('error parsing arguments: bad')
    expect(e.fields).toEqual({})
  })

  it('reads a JSON string rejection', () => {
    const e = toAppError(JSON.stringify({ code: 'not_found', key: 'err.group.not_found', params: { ID: 7 } }))
    expect(e.code).toBe('not_found')
    expect(e.params).toEqual({ ID: 7 })
    expect(e.message).toBe('err.group.not_found')
  })

  it('treats JSON that is not an error DTO as internal', () => {
    const e = toAppError('{"hello": 1}')
    expect(e.code).toBe('internal')
    expect(e.message).toBe('{"hello": 1}')
  })

  it('returns an AppError unchanged', () => {
    const e = new AppError({ code: 'conflict', key: 'err.db.locked' })
    expect(toAppError(e)).toBe(e)
  })
})

describe('call', () => {
  afterEach(() => vi.restoreAllMocks())

  it('resolves with the binding result', async () => {
    await expect(call(async () => 42)).resolves.toBe(42)
  })

  it('rejects with an AppError for an object rejection', async () => {
    const err = await call(() => Promise.reject(dto)).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).fields.name.key).toBe('err.field.too_long')
  })

  it('rejects with an AppError when the binding is missing (startup failed)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const missing = (window as unknown as { go?: { app: { GroupsAPI: { List: () => Promise<unknown> } } } }).go
    const err = await call(() => missing!.app.GroupsAPI.List()).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).code).toBe('internal')
  })
})
