// The planner's rules and team: a group's rules, ladder and violation log;
// the admins, the KOC candidates and promotions.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { plannerApi, type Admin, type AdminInput, type Candidate, type Logged, type Promotion, type Step, type Violation, type ViolationInput } from '../api/planner'

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

  async function saveRules(list: string[]): Promise<void> {
    rules.value = await plannerApi.saveRules(groupId.value, list)
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

  return { groupId, rules, ladder, log, admins, candidates, loadGroup, saveRules, saveLadder, logViolation, loadTeam, saveAdmin, removeAdmin, promote, setCare }
})
