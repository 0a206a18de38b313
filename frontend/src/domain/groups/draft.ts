// The group form's working copy, its limits and its light client-side checks.
// The backend validates again and is authoritative.
import type { FieldError } from '../../api/errors'
import type { Group, GroupInput } from '../../api/groups'

/** Limits the backend enforces (backend/groups/group.go), shown as counters. */
export const LIMITS = { name: 60, customPurpose: 30, joinCode: 32, announcement: 2000, rules: 5000 }

export interface GroupDraft {
  name: string
  platform: string | null
  purpose: string | null
  customPurpose: string
  capacity: number | null
  minDaysFollowed: number | null
  minFanLevel: number | null
  ironFansOnly: boolean
  joinCode: string
  announcement: string
  rules: string
}

export type FieldErrors = Record<string, FieldError>

/** newDraft suits the common case: a Douyin core-fan group of 200. */
export function newDraft(): GroupDraft {
  return {
    name: '', platform: 'douyin', purpose: 'core', customPurpose: '', capacity: 200,
    minDaysFollowed: 0, minFanLevel: 0, ironFansOnly: false, joinCode: '', announcement: '', rules: '',
  }
}

export function draftOf(g: Group): GroupDraft {
  const { name, platform, purpose, customPurpose, capacity, minDaysFollowed, minFanLevel,
    ironFansOnly, joinCode, announcement, rules } = g
  return { name, platform, purpose, customPurpose, capacity, minDaysFollowed, minFanLevel,
    ironFansOnly, joinCode, announcement, rules }
}

/** toInput sends what was typed; an emptied number goes as 0 and the backend judges it. */
export function toInput(d: GroupDraft): GroupInput {
  return {
    ...d, name: d.name.trim(), platform: d.platform ?? '', purpose: d.purpose ?? '',
    customPurpose: d.purpose === 'custom' ? d.customPurpose.trim() : '',
    capacity: d.capacity ?? 0, minDaysFollowed: d.minDaysFollowed ?? 0, minFanLevel: d.minFanLevel ?? 0,
  }
}

const required: FieldError = { key: 'err.field.required', params: {}, message: '' }

/** check catches what needs no round trip: required fields left empty. */
export function check(d: GroupDraft): FieldErrors {
  const errors: FieldErrors = {}
  if (!d.name.trim()) errors.name = required
  if (!d.platform) errors.platform = { key: 'err.group.platform', params: {}, message: '' }
  if (!d.purpose) errors.purpose = { key: 'err.group.purpose', params: {}, message: '' }
  if (d.purpose === 'custom' && !d.customPurpose.trim()) errors.customPurpose = required
  if (d.capacity === null) errors.capacity = required
  return errors
}

/** length counts characters as the backend does (code points, not UTF-16 units). */
export function length(s: string): number {
  return [...s].length
}
