import { describe, expect, it } from 'vitest'
import type { Standing } from '../../api/rewards'
import { congratulations, handouts, monthOf, newDraft, toInput } from './rewards'

const standing = {
  campaign: { id: 1, name: '五月拉新', groupId: 0, groupName: '', from: '2026-05-01', to: '2026-05-31', steps: [] },
  inviters: [
    { memberId: 7, nickname: 'Lily', platformId: '', invited: 10, step: 2, next: null, rewards: [
      { step: 1, invites: 3, prize: '奖品A', reached: true, givenAt: '2026-05-20T10:00:00Z' },
      { step: 2, invites: 10, prize: '奖品B', reached: true, givenAt: '' },
    ] },
    { memberId: 5, nickname: '小美', platformId: '', invited: 3, step: 1, next: { invites: 10, prize: '奖品B' }, rewards: [
      { step: 1, invites: 3, prize: '奖品A', reached: true, givenAt: '' },
    ] },
    { memberId: 9, nickname: '阿杰', platformId: '', invited: 2, step: 0, next: null, rewards: [
      { step: 1, invites: 3, prize: '奖品A', reached: false, givenAt: '2026-05-02T10:00:00Z' },
    ] },
  ],
} as unknown as Standing

describe('rewards', () => {
  it('lists the rewards reached and not given, in standing order', () => {
    expect(handouts(standing).map((h) => `${h.nickname} ${h.invites} ${h.prize}`)).toEqual(['Lily 10 奖品B', '小美 3 奖品A'])
    expect(handouts(null)).toEqual([])
  })

  it('writes the congratulations to paste', () => {
    const text = congratulations('五月拉新', handouts(standing), {
      head: (c) => `🎉 ${c}`,
      line: (h) => `@${h.nickname} ${h.invited} → ${h.prize}`,
    })
    expect(text).toBe('🎉 五月拉新\n@Lily 10 → 奖品B\n@小美 3 → 奖品A')
  })

  it('turns a draft into the input: trimmed, sorted, blank rows dropped', () => {
    const d = { name: ' 拉新 ', groupId: 2, from: '2026-05-01', to: '2026-05-31',
      steps: [{ invites: 10, prize: ' B ' }, { invites: null, prize: ' ' }, { invites: 3, prize: 'A' }] }
    expect(toInput(d)).toEqual({ name: '拉新', groupId: 2, from: '2026-05-01', to: '2026-05-31',
      steps: [{ invites: 3, prize: 'A' }, { invites: 10, prize: 'B' }] })
  })

  it('starts a new campaign on this month, February of a leap year included', () => {
    expect(monthOf(new Date(2028, 1, 15))).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(newDraft(new Date(2026, 11, 7)).to).toBe('2026-12-31')
  })
})
