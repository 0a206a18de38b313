// The planner's rules and team: a group's rules, ladder and violation log;
// the admins, the KOC candidates and promotions.
import { defineStore } from 'pinia'
import { useGroupsStore } from './groups'
import { ref } from 'vue'
import { plannerApi, type Admin, type AdminInput, type Candidate, type Logged, type Promotion, type Proposal, type Step, type Violation, type ViolationInput } from '../api/planner'

export const usePlannerTeamStore = defineStore('plannerTeam', () => {
  const groupId = ref(0)
  const rules = ref<string[]>([])
  const ladder = ref<Step[]>([])
  const log = ref<Violation[]>([])
  const admins = ref<Admin[]>([])
  const candidates = ref<Candidate[]>([])

  async function loadGroup(id: number): Promise<void> {
    groupId.value = id
    if (!id) return
    const [r, l, v] = await Promise.all([plannerApi.rules(id), plannerApi.ladder(id), plannerApi.violations(id, 0)])
    if (id !== groupId.value) return
    rules.value = r
    ladder.value = l
    log.value = v
  }

  /** saveRules replaces the group's rules: the one list the group form shows too. */
  async function saveRules(list: string[]): Promise<void> {
    rules.value = await plannerApi.saveRules(groupId.value, list)
    const g = useGroupsStore().active.find((x) => x.id === groupId.value)
    if (g) g.rules = rules.value.join('\n')
  }

  async function saveLadder(steps: Step[]): Promise<void> {
    await plannerApi.saveLadder(groupId.value, steps)
    ladder.value = await plannerApi.ladder(groupId.value)
  }

  async function logViolation(input: Omit<ViolationInput, 'groupId'>): Promise<Logged> {
    const done = await plannerApi.logViolation({ ...input, groupId: groupId.value })
    log.value = [done.violation, ...log.value]
    return done
  }

  /**
   * logFromHit logs a keyword hit as a violation in the hit's group (linked
   * back to the hit, which the backend marks handled).
   */
  async function logFromHit(input: ViolationInput): Promise<Logged> {
    const done = await plannerApi.logViolation(input)
    if (input.groupId === groupId.value) log.value = [done.violation, ...log.value]
    return done
  }

  /** removeViolation takes a violation back (its hit, if any, goes back to pending). */
  async function removeViolation(id: number): Promise<void> {
    await plannerApi.deleteViolation(id)
    log.value = log.value.filter((v) => v.id !== id)
  }

  /** rulesOf reads a group's rules without switching the panel to it. */
  const rulesOf = (id: number): Promise<string[]> => plannerApi.rules(id)
  const propose = (group: number, member: number, rule: string): Promise<Proposal> => plannerApi.propose(group, member, rule)

  /** care is the members admin adminId looks after. */
  const care = (adminId: number): Promise<number[]> => plannerApi.care(adminId)

  async function loadTeam(): Promise<void> {
    ;[admins.value, candidates.value] = await Promise.all([plannerApi.admins(), plannerApi.candidates(0)])
  }

  async function saveAdmin(id: number, input: AdminInput): Promise<void> {
    await plannerApi.saveAdmin(id, input)
    await loadTeam()
  }

  async function removeAdmin(id: number): Promise<void> {
    await plannerApi.deleteAdmin(id)
    await loadTeam()
  }

  async function promote(p: Promotion): Promise<void> {
    await plannerApi.promote(p)
    await loadTeam()
  }

  async function setCare(adminId: number, ids: number[]): Promise<void> {
    await plannerApi.setCare(adminId, ids)
    await loadTeam()
  }

  return { groupId, rules, ladder, log, admins, candidates, loadGroup, saveRules, saveLadder, logViolation, logFromHit, removeViolation, rulesOf, propose, care, loadTeam, saveAdmin, removeAdmin, promote, setCare }
})
