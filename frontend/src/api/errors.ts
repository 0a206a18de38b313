// The one place a rejected binding call becomes an AppError. Views and stores
// only ever see AppError, whatever shape the transport delivered.

export type ErrorCode = 'invalid' | 'not_found' | 'conflict' | 'internal' | 'cancelled'
export type Params = Record<string, unknown>

/** One field's problem, keyed by the GroupInput (or other request) JSON name. */
export interface FieldError {
  key: string
  params: Params
  message: string
}

interface ErrorShape {
  code: ErrorCode
  key: string
  params?: Params
  message?: string
  fields?: Record<string, Partial<FieldError>>
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly key: string
  readonly params: Params
  readonly fields: Record<string, FieldError>

  constructor(shape: ErrorShape) {
    super(shape.message ?? shape.key)
    this.name = 'AppError'
    this.code = shape.code
    this.key = shape.key
    this.params = shape.params ?? {}
    this.fields = {}
    for (const [name, f] of Object.entries(shape.fields ?? {})) {
      this.fields[name] = { key: f.key ?? '', params: f.params ?? {}, message: f.message ?? f.key ?? '' }
    }
  }
}

function isShape(v: unknown): v is ErrorShape {
  return typeof v === 'object' && v !== null && typeof (v as ErrorShape).code === 'string' &&
    typeof (v as ErrorShape).key === 'string'
}

function parseShape(text: string): ErrorShape | undefined {
  if (!text.startsWith('{')) return undefined
  try {
    const v: unknown = JSON.parse(text)
    return isShape(v) ? v : undefined
  } catch {
    return undefined
  }
}

function internal(message: string): AppError {
  return new AppError({ code: 'internal', key: 'err.internal', message })
}

/** toAppError accepts an ErrorDTO object, an Error or a string (plain or JSON). */
export function toAppError(raw: unknown): AppError {
  if (raw instanceof AppError) return raw
  if (isShape(raw)) return new AppError(raw)
  const text = raw instanceof Error ? raw.message : typeof raw === 'string' ? raw : String(raw)
  const shape = parseShape(text)
  return shape ? new AppError(shape) : internal(text)
}

/** call runs a binding and rejects only with AppError. */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (e) {
    const err = toAppError(e)
    if (err.code === 'internal') console.error('qunzhu: call failed', e)
    return Promise.reject(err)
  }
}
