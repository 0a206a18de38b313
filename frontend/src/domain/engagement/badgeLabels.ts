// Badge names as screens show them. The streaks name their days, which are
// settings: the badges store sets them whenever it reads the overview, and
// until then the defaults (7 and 21) stand.
import { ref } from 'vue'
import { t } from '../../i18n'

/** BADGES are every badge, in the order screens list them (badges.Kinds on the Go side). */
export const BADGES = ['streak', 'streak_long', 'first_message', 'koc', 'poll_perfect', 'inviter', 'praised'] as const

const days = ref({ streakDays: 7, longStreakDays: 21 })

/** useBadgeDays makes the streak badges name these days. */
export function useBadgeDays(d: { streakDays: number; longStreakDays: number }): void {
  days.value = { streakDays: d.streakDays, longStreakDays: d.longStreakDays }
}

/** badgeLabel is a badge's name; an unknown badge shows as it is stored. */
export function badgeLabel(badge: string): string {
  if (!(BADGES as readonly string[]).includes(badge)) return badge
  const n = badge === 'streak_long' ? days.value.longStreakDays : days.value.streakDays
  return t(`ui.engagement.badges.kind.${badge}`, { Days: n })
}

/** badgesText is a member's badges as one line of text (the column's title and plain-text cell). */
export function badgesText(badges: readonly string[] | undefined): string {
  return (badges ?? []).map(badgeLabel).join(t('ui.common.list_sep'))
}

