// The column mapping as the selects edit it: every field with a column, or
// NOT_MAPPED; the DTO lists only the mapped fields.
import type { Mapping } from '../../api/imports'

export const NOT_MAPPED = -1

export type MappingModel = Record<string, number>

/** columnLetter names a column as spreadsheets do: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  }
  return s
}

/** toModel lists every field, NOT_MAPPED where the mapping has no column. */
export function toModel(fields: string[], mapping: Mapping): MappingModel {
  return Object.fromEntries(fields.map((f) => [f, mapping[f] ?? NOT_MAPPED]))
}

/** toMapping keeps the mapped fields only. */
export function toMapping(model: MappingModel): Mapping {
  return Object.fromEntries(Object.entries(model).filter(([, c]) => c >= 0))
}

/** assign maps field to column; a field holding that column lets go of it, as a column serves one field. */
export function assign(model: MappingModel, field: string, column: number): MappingModel {
  const next: MappingModel = {}
  for (const [f, c] of Object.entries(model)) {
    next[f] = f === field ? column : column >= 0 && c === column ? NOT_MAPPED : c
  }
  return next
}

/** fieldOf is the field a column is mapped to, or "". */
export function fieldOf(mapping: Mapping, column: number): string {
  return Object.keys(mapping).find((f) => mapping[f] === column) ?? ''
}
