// Group health: the group and period being looked at, their health, and
// whether there is any chat activity at all to look at.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { usePeriodData } from './periodData'
import { healthApi, type Health } from '../api/health'

export const useHealthStore = defineStore('health', () => {
  const health = ref<Health | null>(null)
  /** null until known: whether a chat of any group is on record (the backend's one test, the dashboard's too). */
  const hasActivity = ref<boolean | null>(null)
  const view = usePeriodData(
    (groupId, p) => healthApi.get(groupId, p.from, p.to),
    (h) => {
      health.value = h
      hasActivity.value = h.anyRecorded
    })
  /** healthOf reads a group's health over from–to, apart from the one looked at (the planner's busy hours). */
  const healthOf = (groupId: number, from: string, to: string): Promise<Health> => healthApi.get(groupId, from, to)
  return { ...view, health, hasActivity, healthOf }
})
