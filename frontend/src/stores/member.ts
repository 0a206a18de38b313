// One member at a time, beside the members list: the pickers' name search,
// the drawer's read, create and edit, its identities and groups, and
// restoring it from the trash. Each call answers the backend's member; the
// drawer hands it to the members store (saved) to keep the list in step.
import { defineStore } from 'pinia'
import {
  membersApi, type BulkResult, type Identity, type Member, type MemberInput, type MemberQuery, type MemberRow, type Membership,
} from '../api/members'

export const useMemberStore = defineStore('member', () => {
  /** find answers the rows of one query (a picker's search), apart from the list's pages. */
  const find = (q: MemberQuery): Promise<MemberRow[]> => membersApi.list(q)
  const get = (id: number): Promise<Member> => membersApi.get(id)
  const create = (input: MemberInput): Promise<Member> => membersApi.create(input)
  const update = (id: number, input: MemberInput): Promise<Member> => membersApi.update(id, input)
  const addIdentity = (id: number, ident: Identity): Promise<Member> => membersApi.addIdentity(id, ident)
  const removeIdentity = (id: number, ident: Identity): Promise<Member> => membersApi.removeIdentity(id, ident)
  const setMembership = (id: number, m: Membership): Promise<Member> => membersApi.setMembership(id, m)
  const removeMembership = (id: number, groupId: number): Promise<Member> => membersApi.removeMembership(id, groupId)
  /** restore takes member id out of the trash (a bulk action on it alone, so it can be undone). */
  const restore = (id: number): Promise<BulkResult> =>
    membersApi.bulk({ selection: { ids: [id], filter: null }, action: 'restore' })

  return { find, get, create, update, addIdentity, removeIdentity, setMembership, removeMembership, restore }
})
