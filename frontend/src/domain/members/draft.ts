// The member form's working copy and its light client-side checks; the backend
// validates again and is authoritative.
import type { FieldError } from '../../api/errors'
import type { Member, MemberInput } from '../../api/members'
import type { FieldErrors } from '../groups/draft'

/** Limits the backend enforces (backend/members/member.go), shown as counters. */
export const LIMITS = { nickname: 64, remark: 64, platformId: 128, notes: 2000, tag: 20, tags: 50, fanLevel: 99 }

export interface MemberDraft {
  nickname: string
  remark: string
  platform: string | null
  platformId: string
  followSince: string | null // YYYY-MM-DD
  fanLevel: number | null
  ironFan: boolean
  source: string | null
  tags: string[]
  notes: string
}

export function newDraft(): MemberDraft {
  return {
    nickname: '', remark: '', platform: 'douyin', platformId: '', followSince: null, fanLevel: 0, ironFan: false,
    source: 'manual', tags: [], notes: '',
  }
}

export function draftOf(m: Member): MemberDraft {
  return {
    nickname: m.nickname, remark: m.remark, platform: m.platform, platformId: m.platformId,
    followSince: m.followSince || null, fanLevel: m.fanLevel, ironFan: m.ironFan, source: m.source,
    tags: [...(m.tags ?? [])], notes: m.notes,
  }
}

/** toInput sends what was typed; the backend trims and judges it. */
export function toInput(d: MemberDraft): MemberInput {
  return {
    ...d, platform: d.platform ?? '', followSince: d.followSince ?? '', fanLevel: d.fanLevel ?? 0,
    source: d.source ?? '', tags: [...d.tags],
  }
}

const required: FieldError = { key: 'err.field.required', params: {}, message: '' }

/** check catches what needs no round trip. */
export function check(d: MemberDraft): FieldErrors {
  const errors: FieldErrors = {}
  if (!d.nickname.trim()) errors.nickname = required
  if (!d.platform) errors.platform = { key: 'err.group.platform', params: {}, message: '' }
  return errors
}
