// The rules form: one field per rule, for the workspace (every field set)
// or for a group (empty fields follow the workspace).
import type { Override, Rules } from '../../api/points'

/** The rules, in the order the form shows them. */
export const RULE_FIELDS = ['message', 'messageDailyCap', 'reply', 'checkin', 'vote', 'jielong', 'lottery',
  'invitation', 'purchaseUnit', 'violation'] as const satisfies readonly (keyof Rules)[]

export type RuleField = (typeof RULE_FIELDS)[number]

/** A form's values: null is an empty field. */
export type RulesForm = Record<RuleField, number | null>

/** formOf fills the form from rules or a group's override (missing: empty). */
export function formOf(r: Partial<Rules> | Override): RulesForm {
  const out = {} as RulesForm
  for (const f of RULE_FIELDS) out[f] = r[f] ?? null
  return out
}

/** overrideOf keeps the fields set in a group's form. */
export function overrideOf(form: RulesForm): Override {
  const out: Override = {}
  for (const f of RULE_FIELDS) {
    const v = form[f]
    if (v !== null && Number.isFinite(v)) out[f] = v
  }
  return out
}

/** rulesOf is the workspace's form as rules, an empty field taking the default. */
export function rulesOf(form: RulesForm, defaults: Rules): Rules {
  const out = { ...defaults }
  for (const f of RULE_FIELDS) {
    const v = form[f]
    if (v !== null && Number.isFinite(v)) out[f] = v
  }
  return out
}

/** effective is a group's rules: the workspace's with the override's values. */
export function effective(ws: Rules, o: Override): Rules {
  return rulesOf(formOf(o), ws)
}
