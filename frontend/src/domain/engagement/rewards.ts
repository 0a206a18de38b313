// Invitation rewards without the UI: the campaign form's draft and its
// checks, the rewards still to hand out, and the text to paste into the
// group congratulating the inviters.
import type { CampaignInput, Campaign, Standing } from '../../api/rewards'

export interface StepDraft {
  invites: number | null
  prize: string
}

export interface CampaignDraft {
  name: string
  groupId: number
  from: string
  to: string
  steps: StepDraft[]
}

/** monthOf is the first and last day of the month of day, as YYYY-MM-DD. */
export function monthOf(day: Date): { from: string; to: string } {
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  return { from: iso(new Date(day.getFullYear(), day.getMonth(), 1)), to: iso(new Date(day.getFullYear(), day.getMonth() + 1, 0)) }
}

/** newDraft is a campaign over this month with the seed's two-step ladder to fill in. */
export function newDraft(today: Date): CampaignDraft {
  return { name: '', groupId: 0, ...monthOf(today), steps: [{ invites: 3, prize: '' }, { invites: 10, prize: '' }] }
}

export function draftOf(c: Campaign): CampaignDraft {
  return { name: c.name, groupId: c.groupId, from: c.from, to: c.to, steps: c.steps.map((s) => ({ ...s })) }
}

/** toInput is the draft as the backend takes it: text trimmed, steps in ascending order, empty rows dropped. */
export function toInput(d: CampaignDraft): CampaignInput {
  const steps = d.steps
    .filter((s) => s.invites !== null || s.prize.trim() !== '')
    .map((s) => ({ invites: s.invites ?? 0, prize: s.prize.trim() }))
    .sort((a, b) => a.invites - b.invites)
  return { name: d.name.trim(), groupId: d.groupId, from: d.from, to: d.to, steps }
}

/** Handout is a reward reached and not yet given. */
export interface Handout {
  memberId: number
  nickname: string
  invited: number
  invites: number // the step
  prize: string
}

/** handouts lists the rewards reached and not given, inviters in standing order, steps ascending. */
export function handouts(s: Standing | null): Handout[] {
  if (!s) return []
  return s.inviters.flatMap((p) => p.rewards
    .filter((r) => r.reached && !r.givenAt)
    .map((r) => ({ memberId: p.memberId, nickname: p.nickname, invited: p.invited, invites: r.invites, prize: r.prize })))
}

export interface Words {
  head: (campaign: string) => string
  line: (h: Handout) => string
}

/** congratulations is the text to paste into the group: a head line, then one line per reward to hand out. */
export function congratulations(campaign: string, list: Handout[], words: Words): string {
  return [words.head(campaign), ...list.map(words.line)].join('\n')
}
