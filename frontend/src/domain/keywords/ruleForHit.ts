// Which of a group's rules a keyword hit most likely breaks, by the hit's
// category: ad-law words and competitor names break the rule on ads,
// negative words the one on attacks or sensitive topics. The rules are the
// creator's own text, so this is a guess: null when none fits, and the
// user can always choose another.
const HINTS: Record<string, RegExp> = {
  adlaw: /广告|廣告|\bads?\b|advert/i,
  competitor: /竞品|競品|广告|廣告|\bads?\b|advert|competitor/i,
  negative: /攻击|攻擊|辱骂|辱罵|骂人|罵人|敏感|\battack|insult|sensitive|abuse/i,
}

/** ruleForHit is the first rule matching the category's hint, or null. */
export function ruleForHit(rules: string[], category: string): string | null {
  const hint = HINTS[category]
  if (!hint) return null
  return rules.find((r) => hint.test(r)) ?? null
}

/** MAX_WHAT is the most a violation's description holds (backend planner.MaxWhat). */
export const MAX_WHAT = 500

/** whatOf is a hit's message as a violation's description, cut to fit. */
export function whatOf(text: string): string {
  const chars = [...text.trim()]
  return chars.length <= MAX_WHAT ? chars.join('') : chars.slice(0, MAX_WHAT - 1).join('') + '…'
}
