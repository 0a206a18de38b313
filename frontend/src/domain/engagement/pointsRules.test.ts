import { describe, expect, it } from 'vitest'
import { effective, formOf, overrideOf, rulesOf, RULE_FIELDS } from './pointsRules'
import type { Rules } from '../../api/points'

const defaults: Rules = { message: 1, messageDailyCap: 20, reply: 2, checkin: 5, vote: 3, jielong: 3, lottery: 2,
  invitation: 20, purchaseUnit: 10, violation: -20 }

describe('the points rules form', () => {
  it('shows every rule, an override leaving the others empty', () => {
    expect(Object.keys(formOf(defaults))).toEqual([...RULE_FIELDS])
    const f = formOf({ message: 2 })
    expect(f.message).toBe(2)
    expect(f.reply).toBeNull()
  })
  it('keeps only the fields a group sets, zero included', () => {
    const f = formOf({})
    f.checkin = 0
    f.violation = -50
    expect(overrideOf(f)).toEqual({ checkin: 0, violation: -50 })
  })
  it('fills the workspace rules from the defaults where a field is empty', () => {
    const f = formOf(defaults)
    f.reply = null
    f.message = 4
    expect(rulesOf(f, defaults)).toEqual({ ...defaults, message: 4 })
  })
  it('works out a group\'s rules from the workspace and its override', () => {
    expect(effective({ ...defaults, message: 4 }, { messageDailyCap: 3 })).toEqual({ ...defaults, message: 4, messageDailyCap: 3 })
  })
})
