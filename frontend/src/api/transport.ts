// Wails v2.15's runtime rejects a binding call with `new Error(message.error)`,
// which turns the object our Go ErrorFormatter returns into "[object Object]".
// Re-encoding object errors as JSON text before the runtime sees them keeps
// code, key, params and fields intact; toAppError reads them back.

interface WailsGlobal {
  Callback: (incoming: string) => void
  qunzhuErrorsPreserved?: boolean
}

interface CallbackMessage {
  error?: unknown
}

function reencode(incoming: string): string {
  try {
    const msg = JSON.parse(incoming) as CallbackMessage
    if (msg.error === null || typeof msg.error !== 'object') return incoming
    return JSON.stringify({ ...msg, error: JSON.stringify(msg.error) })
  } catch {
    return incoming
  }
}

/** preserveStructuredErrors wraps the runtime's callback once; elsewhere it does nothing. */
export function preserveStructuredErrors(): void {
  const wails = (window as unknown as { wails?: WailsGlobal }).wails
  if (!wails || typeof wails.Callback !== 'function' || wails.qunzhuErrorsPreserved) return
  const original = wails.Callback
  wails.Callback = (incoming: string) => original(reencode(incoming))
  wails.qunzhuErrorsPreserved = true
}
