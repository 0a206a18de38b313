// How import fields, sources, encodings and problems read in the active language.
import type { Problem } from '../../api/imports'
import { t, tError } from '../../i18n'
import { columnLetter } from './mapping'

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** fieldLabel names a member field: platformId → ui.import.field.platform_id. */
export function fieldLabel(field: string): string {
  return t(`ui.import.field.${snake(field)}`)
}

export function sourceLabel(source: string): string {
  return t(`ui.import.source.${source}`)
}

/** encodingLabel names a text encoding (utf-8-bom → ui.import.encoding.utf_8_bom). */
export function encodingLabel(encoding: string): string {
  return t(`ui.import.encoding.${encoding.replace(/-/g, '_')}`)
}

/** problemsText lists problems one per line (row, field, reason), for the clipboard. */
export function problemsText(problems: Problem[]): string {
  return problems.map((p) =>
    [t('ui.import.row', { Row: p.row }), p.field ? fieldLabel(p.field) : '', tError(p)].join('\t')).join('\n')
}

/** columnLabel names a column by letter and header; pasted text's columns are fields. */
export function columnLabel(header: string, index: number, pasted: boolean): string {
  const name = pasted ? fieldLabel(header) : header || t('ui.import.untitled_column')
  return `${columnLetter(index)} · ${name}`
}
