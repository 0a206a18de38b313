// How member fields read in the active language.
import { t } from '../../i18n'

/** sourceLabel names where a member came from (comment, dm, live, import, manual). */
export function sourceLabel(code: string): string {
  return t(`ui.members.source.${code}`)
}

/** roleLabel names a group role (owner, lead, coordinator, admin, member). */
export function roleLabel(code: string): string {
  return t(`ui.members.role.${code}`)
}

/** statusLabel names a membership status (invited, joined, left, removed). */
export function statusLabel(code: string): string {
  return t(`ui.members.status.${code}`)
}

/** options turns codes into select options with their labels. */
export function options(codes: readonly string[], label: (code: string) => string) {
  return codes.map((value) => ({ value, label: label(value) }))
}
