// How the editor writes a field in the current language ({昵称}, {nickname}),
// and a platform's name.
import { t } from '../../i18n'

export const fieldToken = (key: string, fallback = ''): string =>
  `{${t(`ui.invites.field.${key}`)}${fallback ? `|${fallback}` : ''}}`

/** platformName is a platform's name ("other" is ui.platform.other_platform). */
export const platformName = (p: string): string => t(`ui.platform.${p === 'other' ? 'other_platform' : p}`)
