// How the editor writes a field in the current language: {昵称}, {nickname}.
import { t } from '../../i18n'

export const fieldToken = (key: string, fallback = ''): string =>
  `{${t(`ui.invites.field.${key}`)}${fallback ? `|${fallback}` : ''}}`
