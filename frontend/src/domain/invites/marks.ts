// Splitting a text into plain and marked pieces by UTF-16 spans, so the
// marks are drawn as elements around text nodes, never as HTML.
export interface Span {
  start: number
  end: number
  level: string
  message: string
}

export interface Piece {
  text: string
  mark: Span | null
}

/** pieces cuts text at the spans (sorted, overlaps dropped, empty spans skipped). */
export function pieces(text: string, spans: Span[]): Piece[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start)
  const out: Piece[] = []
  let at = 0
  for (const s of sorted) {
    if (s.start < at) continue
    if (s.start > at) out.push({ text: text.slice(at, s.start), mark: null })
    out.push({ text: text.slice(s.start, Math.min(s.end, text.length)), mark: s })
    at = Math.min(s.end, text.length)
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: null })
  return out.filter((p) => p.text !== '')
}
