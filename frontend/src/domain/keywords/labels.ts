// How categories and response levels read and look.
import { t } from '../../i18n'
import { LEVELS } from '../../api/keywords'

export const categoryLabel = (c: string): string => t(`ui.keywords.category.${c}`)
export const levelLabel = (severity: number): string => t(`ui.keywords.level.${LEVELS[severity] ?? 'notice'}`)

/** levelType is the Naive UI tag type of a response level. */
export function levelType(severity: number): 'info' | 'warning' | 'error' {
  return severity >= 3 ? 'error' : severity === 2 ? 'warning' : 'info'
}
