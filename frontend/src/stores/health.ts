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
  return { ...view, health, hasActivity }
})
